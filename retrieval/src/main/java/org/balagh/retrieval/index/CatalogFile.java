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

/** Reads and writes the statement catalogue kept beside an index, one JSON object a line. */
final class CatalogFile {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CatalogFile() {}

  static void write(Path file, List<StatementInfo> catalog) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (StatementInfo info : catalog) {
        ObjectNode node = JSON.createObjectNode();
        node.put("ordinal", info.ordinal());
        node.put("id", info.id());
        node.put("title", info.title());
        node.put("date", info.date() == null ? null : info.date().toString());
        if (info.year() != null) {
          node.put("year", info.year());
        }
        node.put("language", info.language());
        info.countries().forEach(node.putArray("countries")::add);
        info.speakers().forEach(node.putArray("speakers")::add);
        node.put("url", info.url());
        if (info.urlIsCollection()) {
          node.put("url_is_collection", true);
        }
        node.put("publisher", info.publisher());
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
        List<String> countries = new ArrayList<>();
        node.path("countries").forEach(c -> countries.add(c.asText()));
        List<String> speakers = new ArrayList<>();
        node.path("speakers").forEach(c -> speakers.add(c.asText()));
        catalog.add(
            new StatementInfo(
                node.get("ordinal").asInt(),
                node.get("id").asText(),
                node.get("title").asText(),
                node.hasNonNull("date") ? LocalDate.parse(node.get("date").asText()) : null,
                node.hasNonNull("year") ? node.get("year").asInt() : null,
                node.get("language").asText(),
                countries,
                speakers,
                node.get("url").asText(),
                node.path("url_is_collection").asBoolean(false),
                node.get("publisher").asText(),
                node.get("sentences").asInt()));
      }
    }
    return catalog;
  }
}
