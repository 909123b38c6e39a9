package io.quorum.local;

import io.quorum.auth.SignType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The signed create-project request that the banner offers as a ready-to-paste curl. */
record DemoRequest(String url, String timestamp, String requestSign, String body) {

    static DemoRequest createProject(String apiUrl, DemoAccount demo, Instant now) {
        String timestamp = Long.toString(now.toEpochMilli());
        String body = "{\"userId\": \"" + demo.userId() + "\", \"params\": {\"projectName\": \"local demo " + timestamp
                + "\", \"type\": \"image_classification\", \"instruction\": \"demo\", \"question\": \"cat or dog?\","
                + " \"taskType\": \"single_choice\", \"options\": [{\"value\": \"cat\"}, {\"value\": \"dog\"}]}}";
        String sign = demo.sign(SignType.MD5, body.getBytes(StandardCharsets.UTF_8), timestamp);
        return new DemoRequest(apiUrl + "/api/v1/projects", timestamp, sign, body);
    }

    /** The body is single-quoted for the shell; it holds no single quote. */
    String curl() {
        return "curl -sS -X POST '" + url + "' \\\n"
                + "  -H 'Content-Type: application/json' \\\n"
                + "  -H 'Timestamp: " + timestamp + "' \\\n"
                + "  -H 'SignType: md5' \\\n"
                + "  -H 'RequestSign: " + requestSign + "' \\\n"
                + "  --data-raw '" + body + "'";
    }
}
