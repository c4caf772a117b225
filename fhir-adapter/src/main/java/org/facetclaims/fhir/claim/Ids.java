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
  /** A thread's MD5 and the bytes it is fed from: one of each per thread, reused. */
  private static final class Scratch {
    final MessageDigest md5;
    final byte[] ascii = new byte[256];
    final byte[] digest = new byte[16];

    Scratch() {
      try {
        md5 = MessageDigest.getInstance("MD5");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("MD5 is required of every Java platform", e);
      }
    }
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private Ids() {}

  /**
   * {@code UUID.nameUUIDFromBytes(utf8(name)).toString()}, the same value, without looking up
   * the MD5 provider on every call (a bulk run makes one id per Claim and OperationOutcome).
   */
  public static String nameUuid(String name) {
    MessageDigest md5 = SCRATCH.get().md5;
    return uuid(md5.digest(name.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * {@link #nameUuid(String)} of the parts joined ({@code nameUuid("claim|", profile, "|",
   * key)}), the same value, without joining them: the digest is fed each part's bytes from a
   * reused buffer. Building the joined name (a StringBuilder grown twice, its String and that
   * String's UTF-8 bytes) was the largest allocation of making a Claim's document.
   */
  public static String nameUuid(String... parts) {
    Scratch s = SCRATCH.get();
    MessageDigest md5 = s.md5;
    byte[] buf = s.ascii;
    int k = 0;
    for (String part : parts) {
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        if (c >= 0x80) { // not ASCII (rare): the joined name's own UTF-8 bytes
          md5.reset();
          return nameUuid(String.join("", parts));
        }
        if (k == buf.length) {
          md5.update(buf, 0, k);
          k = 0;
        }
        buf[k++] = (byte) c;
      }
    }
    md5.update(buf, 0, k);
    try {
      md5.digest(s.digest, 0, 16);
    } catch (java.security.DigestException e) {
      throw new IllegalStateException("MD5 gives 16 bytes", e);
    }
    return uuid(s.digest);
  }

  /** The version 3 UUID text of an MD5 digest, as {@code UUID.nameUUIDFromBytes} makes it. */
  private static String uuid(byte[] md5) {
    int v6 = (md5[6] & 0x0f) | 0x30; // version 3
    int v8 = (md5[8] & 0x3f) | 0x80; // IETF variant
    long msb = 0;
    long lsb = 0;
    for (int i = 0; i < 8; i++) {
      msb = (msb << 8) | ((i == 6 ? v6 : md5[i]) & 0xff);
      lsb = (lsb << 8) | ((i == 0 ? v8 : md5[i + 8]) & 0xff);
    }
    return new UUID(msb, lsb).toString();
  }
}
