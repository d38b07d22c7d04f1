package org.balagh.retrieval.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.balagh.retrieval.corpus.Metadata;
import org.balagh.retrieval.corpus.Statement;
import org.balagh.retrieval.model.StatementInfo;

/** Reads and writes the statement catalogue kept beside an index, one JSON object a line. */
final class CatalogFile {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CatalogFile() {}

  static void write(Path file, List<StatementInfo> catalog) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (StatementInfo info : catalog) {
        ObjectNode node = JSON.createObjectNode();
        node.put("ordinal", info.ordinal());
        Metadata m = info.metadata();
        node.put("id", m.id());
        node.put("title", m.title());
        node.put("date", m.date() == null ? null : m.date().toString());
        if (m.year() != null) {
          node.put("year", m.year());
        }
        node.put("language", m.language());
        m.countries().forEach(node.putArray("record_countries")::add);
        node.put("url", m.url());
        if (m.urlIsCollection()) {
          node.put(Statement.COLLECTION_FIELD, true);
        }
        node.put("publisher", m.publisher());
        info.countries().forEach(node.putArray("countries")::add);
        info.speakers().forEach(node.putArray("speakers")::add);
        node.put("sentences", info.sentences());
        out.write(JSON.writeValueAsString(node));
        out.write('\n');
      }
    }
  }

  static List<StatementInfo> read(Path file) throws IOException {
    List<StatementInfo> catalog = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode node = JSON.readTree(line);
        Metadata metadata =
            new Metadata(
                node.get("id").asText(),
                node.get("title").asText(),
                node.hasNonNull("date") ? LocalDate.parse(node.get("date").asText()) : null,
                node.hasNonNull("year") ? node.get("year").asInt() : null,
                node.get("language").asText(),
                texts(node.path("record_countries")),
                node.get("url").asText(),
                node.path(Statement.COLLECTION_FIELD).asBoolean(false),
                node.get("publisher").asText());
        catalog.add(
            new StatementInfo(
                node.get("ordinal").asInt(),
                metadata,
                texts(node.path("countries")),
                texts(node.path("speakers")),
                node.get("sentences").asInt()));
      }
    }
    return catalog;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(value -> texts.add(value.asText()));
    return texts;
  }
}
