package org.balagh.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChatQueuesTest {

  private final ChatQueues queues = new ChatQueues(4, 100, 10, "test-chat");

  @AfterEach
  void close() throws InterruptedException {
    queues.close(Duration.ofSeconds(5));
  }

  @Test
  void runsOneChatsTasksInOrder() throws InterruptedException {
    List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch done = new CountDownLatch(10);
    for (int i = 0; i < 10; i++) {
      int n = i;
      queues.submit(
          1,
          () -> {
            sleep(n % 3);
            seen.add(n);
            done.countDown();
          });
    }
    assertTrue(done.await(5, TimeUnit.SECONDS));
    assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), seen);
  }

  @Test
  void aSlowChatDoesNotHoldUpTheOthers() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch other = new CountDownLatch(1);
    queues.submit(1, () -> await(release));
    queues.submit(2, other::countDown);
    assertTrue(other.await(2, TimeUnit.SECONDS), "chat 2 ran while chat 1 was stuck");
    release.countDown();
  }

  @Test
  void aFailingTaskDoesNotStopItsChat() throws InterruptedException {
    CountDownLatch after = new CountDownLatch(1);
    queues.submit(
        1,
        () -> {
          throw new IllegalStateException("boom");
        });
    queues.submit(1, after::countDown);
    assertTrue(after.await(2, TimeUnit.SECONDS));
  }

  @Test
  void refusesTasksPastItsBoundsAndAfterClosing() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    for (int i = 0; i < 10; i++) {
      assertTrue(queues.submit(1, () -> await(release)));
    }
    assertFalse(queues.submit(1, () -> {}), "one chat holds at most 10");
    assertTrue(queues.submit(2, () -> {}));
    release.countDown();
    assertTrue(queues.close(Duration.ofSeconds(5)));
    assertFalse(queues.submit(3, () -> {}));
  }

  @Test
  void closingWaitsForWorkInFlightUpToTheDeadline() throws InterruptedException {
    List<String> done = Collections.synchronizedList(new ArrayList<>());
    queues.submit(
        1,
        () -> {
          sleep(300);
          done.add("slow");
        });
    assertTrue(queues.close(Duration.ofSeconds(5)));
    assertEquals(List.of("slow"), done);
    ChatQueues stuck = new ChatQueues(1, 10, 10, "test-stuck");
    stuck.submit(1, () -> sleep(10_000));
    long start = System.nanoTime();
    assertFalse(stuck.close(Duration.ofMillis(200)));
    assertTrue(System.nanoTime() - start < 3_000_000_000L);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
