package org.balagh.bot.chat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.balagh.retrieval.Archive;
import org.balagh.retrieval.model.StatementInfo;

/**
 * Short keys for statement ids, which can be too long for {@code callback_data}: the first 11
 * characters of the id's SHA-256 in base64url (66 bits). Lookups rebuild their table when the index
 * changes. Thread-safe.
 */
final class StatementKeys {

  private final Archive archive;
  private String fingerprint = "";
  private Map<String, StatementInfo> byKey = Map.of();

  StatementKeys(Archive archive) {
    this.archive = archive;
  }

  static String key(String statementId) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(statementId.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 11);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The stored statement with this key, if any. */
  synchronized Optional<StatementInfo> find(String key) {
    String current = archive.info().fingerprint();
    if (!current.equals(fingerprint)) {
      Map<String, StatementInfo> table = new HashMap<>();
      for (StatementInfo statement : archive.statements()) {
        table.put(key(statement.id()), statement);
      }
      byKey = table;
      fingerprint = current;
    }
    return Optional.ofNullable(byKey.get(key));
  }
}
