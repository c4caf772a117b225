package org.facetclaims.fhir.claim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Resource ids named after what they hold, so that the same input always gives the same ids: a
 * name-based (version 3) UUID of a name such as {@code claim|medicare-physician|<session key>}.
 */
public final class Ids {
  private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is required of every Java platform", e);
    }
  });

  private Ids() {}

  /**
   * {@code UUID.nameUUIDFromBytes(utf8(name)).toString()}, the same value, without looking up
   * the MD5 provider on every call (a bulk run makes one id per Claim and OperationOutcome).
   */
  public static String nameUuid(String name) {
    byte[] md5 = MD5.get().digest(name.getBytes(StandardCharsets.UTF_8));
    md5[6] = (byte) ((md5[6] & 0x0f) | 0x30); // version 3
    md5[8] = (byte) ((md5[8] & 0x3f) | 0x80); // IETF variant
    long msb = 0;
    long lsb = 0;
    for (int i = 0; i < 8; i++) {
      msb = (msb << 8) | (md5[i] & 0xff);
      lsb = (lsb << 8) | (md5[i + 8] & 0xff);
    }
    return new UUID(msb, lsb).toString();
  }
}
