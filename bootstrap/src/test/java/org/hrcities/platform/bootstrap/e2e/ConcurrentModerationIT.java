package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two members of staff (the administrator and the editor, each with HTTP Basic) read the same new
 * comment and moderate it at the same moment with the same If-Match, one approving and the other
 * marking it as spam: exactly one wins with 200, the other is told 412 (or 409), never a 500; the
 * stored status is the winner's and the history holds the winner's decision alone. Rounds:
 * {@code -Dhrc.test.moderation-rounds} (50 in the default build, 1,000 in the resilience profile).
 */
@ExtendWith(DemoSite.class)
class ConcurrentModerationIT {

    private static final int ROUNDS = Integer.getInteger("hrc.test.moderation-rounds", 50);
    private static final String ADMIN = StaffClient.basic(StaffClient.ADMINISTRATOR, StaffClient.PASSWORD);
    private static final String EDITOR = StaffClient.basic(StaffClient.EDITOR, StaffClient.PASSWORD);

    @Test
    void two_editors_moderating_one_comment_at_once_never_lose_an_update(Site site) throws Exception {
        ExecutorService pair = Executors.newFixedThreadPool(2);
        Map<String, Integer> statuses = new TreeMap<>();
        Map<String, Integer> winners = new TreeMap<>();
        Map<String, String> actorIds = new HashMap<>();
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (int round = 0; round < ROUNDS && failures.size() < 10; round++) {
                String failure = round(site, round, pair, statuses, winners, actorIds);
                if (failure != null) {
                    failures.add("round " + round + ": " + failure);
                }
            }
        } finally {
            pair.shutdownNow();
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        System.out.printf("concurrent moderation: %d rounds in %d s, %d moderation requests, answers by status %s, "
                + "winners %s%n", ROUNDS, seconds, 2 * ROUNDS, statuses, winners);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(actorIds.size() < 2 || !actorIds.get("administrator").equals(actorIds.get("editor")),
                "the two members are two actors in the history: " + actorIds);
    }

    /** One round; answers what went wrong, or null. */
    private static String round(Site site, int round, ExecutorService pair, Map<String, Integer> statuses,
                                Map<String, Integer> winners, Map<String, String> actorIds) throws Exception {
        String address = "100.64." + (round / 250 % 250) + "." + (round % 250 + 1);
        HttpResponse<String> submitted = Moderation.submit(site, address, "Concurrent Reader",
                Moderation.email("concurrent" + round), Moderation.text("Two moderators read this at once, round " + round));
        if (submitted.statusCode() != 202) {
            return "the comment was not accepted: " + submitted.statusCode() + " " + submitted.body();
        }
        String id = Site.json(submitted).asJsonObject().getString("id");
        String path = "/api/admin/comments/" + id;
        HttpResponse<String> adminRead = site.get(path, "Authorization", ADMIN);
        HttpResponse<String> editorRead = site.get(path, "Authorization", EDITOR);
        if (adminRead.statusCode() != 200 || editorRead.statusCode() != 200) {
            return "reads answered " + adminRead.statusCode() + " and " + editorRead.statusCode();
        }
        String tag = adminRead.headers().firstValue("ETag").orElseThrow();
        if (!tag.equals(editorRead.headers().firstValue("ETag").orElseThrow())) {
            return "the two members read different versions";
        }
        String arrived = Site.json(adminRead).asJsonObject().getString("status");
        // approve against spam from the queue; hold against spam for a comment that was approved on arrival
        String adminAction = arrived.equals("approved") ? "hold" : "approve";
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<HttpResponse<String>> admin = CompletableFuture.supplyAsync(
                atOnce(together, () -> site.post(path + "/" + adminAction, null, "", "Authorization", ADMIN, "If-Match", tag)),
                pair);
        CompletableFuture<HttpResponse<String>> editor = CompletableFuture.supplyAsync(
                atOnce(together, () -> site.post(path + "/spam", null, "", "Authorization", EDITOR, "If-Match", tag)), pair);
        HttpResponse<String> adminAnswer = admin.get(60, TimeUnit.SECONDS);
        HttpResponse<String> editorAnswer = editor.get(60, TimeUnit.SECONDS);
        statuses.merge("administrator " + adminAnswer.statusCode(), 1, Integer::sum);
        statuses.merge("editor " + editorAnswer.statusCode(), 1, Integer::sum);

        boolean adminWon = adminAnswer.statusCode() == 200;
        boolean editorWon = editorAnswer.statusCode() == 200;
        if (adminWon == editorWon) {
            return "exactly one may win: administrator " + adminAnswer.statusCode() + " " + adminAnswer.body()
                    + ", editor " + editorAnswer.statusCode() + " " + editorAnswer.body();
        }
        HttpResponse<String> loser = adminWon ? editorAnswer : adminAnswer;
        if (loser.statusCode() != 412 && loser.statusCode() != 409) {
            return "the loser got " + loser.statusCode() + " instead of 412 or 409: " + loser.body();
        }
        if (!loser.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return "the loser's answer is not problem details: " + loser.body();
        }
        String winner = adminWon ? "administrator" : "editor";
        String winningAction = adminWon ? adminAction : "spam";
        winners.merge(winner + " " + winningAction, 1, Integer::sum);
        String winnerStatus = Site.json(adminWon ? adminAnswer : editorAnswer).asJsonObject().getString("status");

        JsonObject stored = Site.json(site.get(path, "Authorization", ADMIN)).asJsonObject();
        String expectedStatus = switch (winningAction) {
            case "approve" -> "approved";
            case "hold" -> "pending";
            default -> "spam";
        };
        if (!stored.getString("status").equals(expectedStatus) || !winnerStatus.equals(expectedStatus)) {
            return "stored status " + stored.getString("status") + ", winner saw " + winnerStatus + ", expected "
                    + expectedStatus;
        }
        JsonArray history = stored.getJsonArray("history");
        List<JsonObject> decisions = history.stream().map(JsonObject.class::cast)
                .filter(entry -> entry.getString("actorKind").equals("person")).toList();
        if (decisions.size() != 1 || !decisions.get(0).getString("action").equals(winningAction)) {
            return "the history must hold the winner's decision alone: " + history;
        }
        String actorId = decisions.get(0).getString("actorId");
        String known = actorIds.putIfAbsent(winner, actorId);
        if (known != null && !known.equals(actorId)) {
            return "the " + winner + " appears as two actors: " + known + " and " + actorId;
        }
        return null;
    }

    /** Waits until the other request is ready too, then sends this one. */
    private static Supplier<HttpResponse<String>> atOnce(CyclicBarrier together, Supplier<HttpResponse<String>> request) {
        return () -> {
            try {
                together.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the other moderator never came", e);
            }
            return request.get();
        };
    }
}
