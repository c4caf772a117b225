package org.facetclaims.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.serializers.FieldSerializer;
import org.facetclaims.core.audit.AuditTotals;
import org.facetclaims.core.audit.ClaimsAudit;

/**
 * A partition's {@link AuditTotals} as bytes, so that each partition's totals travel to the
 * driver and {@link AuditTotals#merge merge} there. The core's totals are not
 * {@link java.io.Serializable}, so they go through Kryo (Spark's own serialization library, on
 * every Spark class path): every field as it is, except the policy directory, which is not data
 * but the engine's, and is the decoding side's own.
 */
final class TotalsCodec {
  private TotalsCodec() {}

  static byte[] encode(AuditTotals totals, ClaimsAudit audit) {
    Output out = new Output(4096, -1);
    kryo(audit).writeObject(out, totals);
    return out.toBytes();
  }

  static AuditTotals decode(byte[] bytes, ClaimsAudit audit) {
    return kryo(audit).readObject(new Input(bytes), AuditTotals.class);
  }

  private static Kryo kryo(ClaimsAudit audit) {
    Kryo kryo = new Kryo();
    // Under spark-submit this module is in the application's class loader, below Kryo's.
    kryo.setClassLoader(AuditTotals.class.getClassLoader());
    kryo.setRegistrationRequired(false);
    FieldSerializer<AuditTotals> s = new FieldSerializer<>(kryo, AuditTotals.class) {
      @Override
      protected AuditTotals create(Kryo k, Input in, Class<AuditTotals> type) {
        return new AuditTotals(audit.policies());
      }
    };
    for (FieldSerializer.CachedField<?> f : s.getFields()) {
      if (f.getField().getType().isInstance(audit.policies())) {
        s.removeField(f.getField().getName());
      }
    }
    kryo.register(AuditTotals.class, s);
    return kryo;
  }
}
