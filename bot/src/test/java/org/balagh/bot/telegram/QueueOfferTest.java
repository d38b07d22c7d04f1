package org.balagh.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Back-pressure: an offer waits while all queues together are full, instead of dropping work. */
class QueueOfferTest {

  @Test
  void waitsForRoomRefusesAFullChatAndStopsWaitingWhenClosed() throws Exception {
    ChatQueues queues = new ChatQueues(1, 2, 1, "test-offer");
    CountDownLatch release = new CountDownLatch(1);
    Runnable blocked =
        () -> {
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };
    assertEquals(ChatQueues.Offer.QUEUED, queues.offer(1, blocked));
    assertEquals(ChatQueues.Offer.CHAT_FULL, queues.offer(1, () -> {}));
    assertEquals(ChatQueues.Offer.QUEUED, queues.offer(2, () -> {}));
    CompletableFuture<ChatQueues.Offer> third =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return queues.offer(3, () -> {});
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    Thread.sleep(200);
    assertTrue(!third.isDone(), "waits while two tasks are pending");
    release.countDown();
    assertEquals(ChatQueues.Offer.QUEUED, third.get(5, TimeUnit.SECONDS));

    CountDownLatch hold = new CountDownLatch(1);
    queues.offer(4, () -> await(hold));
    queues.offer(5, () -> await(hold));
    CompletableFuture<ChatQueues.Offer> waiting =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return queues.offer(6, () -> {});
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    Thread.sleep(200);
    CompletableFuture<Boolean> closing =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return queues.close(Duration.ofMillis(500));
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    assertEquals(ChatQueues.Offer.CLOSED, waiting.get(5, TimeUnit.SECONDS));
    hold.countDown();
    closing.get(5, TimeUnit.SECONDS);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
