package io.quorum.local.crowd;

import io.quorum.json.Json;
import io.quorum.local.LocalInfo;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Finds what a command needs about a running local stack: its URL, admin key and demo account. */
final class RunningStack {

    static final String DEFAULT_API = "http://127.0.0.1:3000";
    private static final String INFO_PATH = "/_local/info";

    private RunningStack() {
    }

    static HttpClient httpClient() {
        // HTTP/1.1: the local API has no HTTP/2, and the upgrade attempt only costs a round trip.
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** What {@code GET /_local/info} answers at {@code api}; empty when nothing (or no local stack) answers there. */
    static Optional<LocalInfo> info(HttpClient http, URI api) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(SignedClient.resolve(api, INFO_PATH)).timeout(Duration.ofSeconds(5)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            return Optional.of(LocalInfo.fromJson(Json.MAPPER.readTree(response.body())));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String needInfo(URI api) {
        return "no local stack answers " + INFO_PATH + " at " + api
                + "; start one (java -jar local/target/quorum-local.jar) or pass --api and --admin-key";
    }
}
