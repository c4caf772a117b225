package org.facetclaims.core.payer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ProfileFileTest {
  static PayerProfile parse(String text) {
    return ProfileFile.parse(new StringReader(text), "my.properties");
  }

  @Test
  void aFileStartsFromItsBaseAndChangesWhatItSays() {
    PayerProfile p = parse("""
        # Our ASC contract
        name = my-asc
        base = rt-lt-lines   # each side its own lines
        description = RT/LT lines, thoracolumbar junction with the lumbar session
        thoracolumbar-junction-as-lumbar = true
        """);
    assertThat(p.name()).isEqualTo("my-asc");
    assertThat(p.convention()).isEqualTo(BillingConvention.RT_LT_LINES);
    assertThat(p.thoracolumbarJunctionAsLumbar()).isTrue();
    assertThat(p.description()).startsWith("RT/LT lines");
    assertThat(p.mueEdits()).isEqualTo(PayerProfile.RT_LT_LINES.mueEdits());
    PayerProfile q = parse("name = x\nconvention = single-line-units\nclaim-type = institutional\n"
        + "mue-edits = false\nmedicare-coverage = true\ncoverage-modifiers = true\n"
        + "facility-place-of-service = true\n");
    assertThat(q.convention()).isEqualTo(BillingConvention.SINGLE_LINE_UNITS);
    assertThat(q.claimType()).isEqualTo(ClaimType.INSTITUTIONAL);
    assertThat(q.mueEdits()).isFalse();
    assertThat(q.medicareCoverage()).isTrue();
    assertThat(q.coverageModifiers()).isTrue();
    assertThat(q.facilityPlaceOfService()).isTrue();
  }

  @Test
  void theOutpatientHospitalEditsSwitch() {
    assertThat(parse("name = h\nbase = medicare-opps\n").outpatientHospitalEdits()).isTrue();
    assertThat(parse("name = h\nbase = medicare-opps\noutpatient-hospital-edits = false\n")
        .outpatientHospitalEdits()).isFalse();
    assertThat(parse("name = h\noutpatient-hospital-edits = true\n").outpatientHospitalEdits())
        .isTrue();
    assertThat(parse("name = p\n").outpatientHospitalEdits()).isFalse();
  }

  @Test
  void mistakesNameTheFileTheLineAndTheKey() {
    assertThatThrownBy(() -> parse("name = x\nthoracolumbar-junction = true\n"))
        .hasMessageStartingWith("my.properties line 2: unknown key 'thoracolumbar-junction'");
    assertThatThrownBy(() -> parse("name = x\nmue-edits = yes\n"))
        .hasMessage("my.properties line 2: mue-edits: 'yes' is not true or false");
    assertThatThrownBy(() -> parse("name = x\nbase = medicaid\n"))
        .hasMessageStartingWith("my.properties line 2: base: 'medicaid' is not a standard profile");
    assertThatThrownBy(() -> parse("description = no name\n"))
        .hasMessage("my.properties: 'name' is required");
    assertThatThrownBy(() -> parse("name = x\nname = y\n"))
        .hasMessage("my.properties line 2: 'name' is set twice");
    assertThatThrownBy(() -> parse("name = x\nconvention = both\n"))
        .hasMessageContaining("convention: 'both' is not modifier-50, rt-lt-lines or");
    assertThatThrownBy(() -> parse("just words\n"))
        .hasMessage("my.properties line 1: expected key = value");
  }
}
