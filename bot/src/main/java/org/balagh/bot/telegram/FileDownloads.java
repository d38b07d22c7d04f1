package org.balagh.bot.telegram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.balagh.bot.chat.Fetcher;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Fetches documents sent to the bot: {@code getFile}, then a download from {@code
 * <api>/file/bot<token>/<file_path>}, built from the configured API address because the library's
 * {@code File.getFileUrl} always names api.telegram.org. Stops reading past the size cap; errors
 * carry no token.
 */
final class FileDownloads {

  private final TelegramClient client;
  private final OkHttpClient http;
  private final HttpUrl fileBase;
  private final Redactor redactor;

  FileDownloads(
      TelegramClient client, OkHttpClient http, HttpUrl apiUrl, String token, Redactor redactor) {
    this.client = client;
    this.http = http;
    this.fileBase =
        apiUrl.newBuilder().addPathSegment("file").addPathSegment("bot" + token).build();
    this.redactor = redactor;
  }

  Fetcher fetcher(String fileId) {
    return maxBytes -> download(fileId, maxBytes);
  }

  private byte[] download(String fileId, long maxBytes) throws IOException {
    File file;
    try {
      file = client.execute(new GetFile(fileId));
    } catch (TelegramApiException e) {
      throw new IOException("getFile failed: " + redactor.describe(e));
    }
    if (file.getFileSize() != null && file.getFileSize() > maxBytes) {
      throw new IOException("the file is over the " + maxBytes + " byte limit");
    }
    if (file.getFilePath() == null || file.getFilePath().isBlank()) {
      throw new IOException("Telegram gave no path to download the file from");
    }
    HttpUrl url = fileBase.newBuilder().addPathSegments(file.getFilePath()).build();
    try (Response response = http.newCall(new Request.Builder().url(url).get().build()).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful() || body == null) {
        throw new IOException("download failed: HTTP " + response.code());
      }
      return read(body.byteStream(), maxBytes);
    } catch (IOException e) {
      throw new IOException(redactor.describe(e));
    }
  }

  private static byte[] read(InputStream in, long maxBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      out.write(buffer, 0, n);
      if (out.size() > maxBytes) {
        throw new IOException("the file is over the " + maxBytes + " byte limit");
      }
    }
    return out.toByteArray();
  }
}
