package org.seniortutorkit.audit;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.SelfValidating;

/**
 * One entry of the audit log: an {@link AuditRecord} with its place in the chain, its time, the hash of the
 * entry before it and its own hash over all of that. Changing any field, or the entry before, breaks the chain.
 */
@Value.Immutable
abstract class AuditEntryDef implements SelfValidating {
  /** The hash the first entry chains to. */
  public static final String GENESIS = "0".repeat(64);

  /** 1 for the first entry, then one more for each entry. */
  @Min(1)
  public abstract long sequence();

  public abstract Instant at();

  public abstract AuditRecord record();

  @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lower-case hex digits")
  public abstract String previousHash();

  @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lower-case hex digits")
  public abstract String hash();

  /** Builds the entry that follows {@code previousHash} as number {@code sequence}, hashing it. */
  public static AuditEntry chained(long sequence, Instant at, AuditRecord record, String previousHash) {
    return AuditEntry.builder().sequence(sequence).at(at).record(record).previousHash(previousHash)
        .hash(hashOf(sequence, at, record, previousHash)).build();
  }

  /** The hash this entry's content calls for; differs from {@link #hash()} if the entry was edited. */
  public String expectedHash() {
    return hashOf(sequence(), at(), record(), previousHash());
  }

  /** SHA-256 over every field, each length-prefixed so that no two different entries hash the same text. */
  static String hashOf(long sequence, Instant at, AuditRecord record, String previousHash) {
    Hasher hasher = Hashing.sha256().newHasher().putLong(sequence);
    for (String field : new String[] {at.toString(), record.actor(), record.student().value(),
        record.action().name(), record.subject(), record.purpose(), record.rule(), previousHash}) {
      hasher.putInt(field.length()).putString(field, StandardCharsets.UTF_8);
    }
    return hasher.hash().toString();
  }
}
