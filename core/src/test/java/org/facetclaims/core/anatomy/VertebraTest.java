package org.facetclaims.core.anatomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VertebraTest {

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = '|', value = {
      "C1|C1", "c7|C7", "T1|T1", "T 12|T12", "' t12 '|T12", "L4|L4", "l5|L5", "S1|S1"})
  void parses(String text, Vertebra expected) {
    assertThat(Vertebra.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"L6", "S2", "C8", "T13", "T0", "X1", "L", "L44", "12"})
  void rejects(String text) {
    assertThatThrownBy(() -> Vertebra.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Not a vertebral level")
        .hasMessageContaining(text);
  }

  @ParameterizedTest
  @NullAndEmptySource
  void rejectsNullAndEmpty(String text) {
    assertThatThrownBy(() -> Vertebra.parse(text)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Vertebra.tryParse(text)).isEmpty();
  }

  @Test
  void spinalOrderAndNeighbours() {
    assertThat(Vertebra.C7.below()).contains(Vertebra.T1);
    assertThat(Vertebra.T12.below()).contains(Vertebra.L1);
    assertThat(Vertebra.L5.below()).contains(Vertebra.S1);
    assertThat(Vertebra.S1.below()).isEmpty();
    assertThat(Vertebra.C0.above()).isEmpty();
    assertThat(Vertebra.L1.above()).contains(Vertebra.T12);
    assertThat(Vertebra.values()).hasSize(1 + 7 + 12 + 5 + 1);
    assertThat(Vertebra.L4.region()).isEqualTo(SpinalRegion.LUMBAR);
    assertThat(Vertebra.L4.number()).isEqualTo(4);
    assertThat(Vertebra.S1.region()).isEqualTo(SpinalRegion.SACRAL);
    assertThat(Vertebra.of('t', 12)).contains(Vertebra.T12);
    assertThat(Vertebra.of('L', 6)).isEmpty();
  }
}
