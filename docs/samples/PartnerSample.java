// Partner API signing sample (Java 11+, standard library only: javax.crypto.Mac, java.net.http).
//
//   java PartnerSample.java                                  # prints the test vector's signature
//   java PartnerSample.java BASE_URL APP_ID SECRET SESSION_ID
//   # or PARTNER_BASE_URL, PARTNER_APP_ID, PARTNER_SECRET, PARTNER_SESSION_ID in the environment;
//   # PATIENT_NAME, PATIENT_DOCUMENT_NO, PATIENT_MOBILE choose the patient (a demo patient by default)
//
// With a gateway it books the patient into the session (201) and then books the same patient into
// the same session again under a new Idempotency-Key (409 DUPLICATE_BOOKING), printing each status.

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class PartnerSample {

    /** X-Signature = base64(HMAC-SHA256(secret, METHOD\nPATH\nTIMESTAMP\nNONCE\nhex(SHA-256(body)))). */
    static String sign(String secret, String method, String pathAndQuery, String timestamp, String nonce,
            byte[] body) throws Exception {
        String bodyHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        String canonical = String.join("\n", method.toUpperCase(), pathAndQuery, timestamp, nonce, bodyHash);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** One signed POST with a JSON body; returns the response (status and body text). */
    static HttpResponse<String> post(String baseUrl, String appId, String secret, String pathAndQuery,
            String json) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8); // the exact bytes signed and sent
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        String nonce = UUID.randomUUID().toString().replace("-", ""); // new for every request
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl.replaceAll("/+$", "") + pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("X-App-Id", appId)
                .header("X-Timestamp", timestamp)
                .header("X-Nonce", nonce)
                .header("X-Signature", sign(secret, "POST", pathAndQuery, timestamp, nonce, body))
                // Keep the key to retry a 503 or a timeout with the same request.
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A top-level string or number field of a JSON object (enough for a sample; use a JSON library). */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\"([^\"]*)\"|(-?[0-9]+))").matcher(json);
        return m.find() ? (m.group(2) != null ? m.group(2) : m.group(3)) : null;
    }

    static String arg(String[] args, int i, String env) {
        String value = args.length > i ? args[i] : System.getenv(env);
        return value == null || value.isEmpty() ? null : value;
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public static void main(String[] args) throws Exception {
        String vector = sign("s3cret", "POST", "/v1/appointments?x=1", "1700000000", "abcdef0123456789",
                "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        System.out.println("test vector signature: " + vector);

        String baseUrl = arg(args, 0, "PARTNER_BASE_URL");
        String appId = arg(args, 1, "PARTNER_APP_ID");
        String secret = arg(args, 2, "PARTNER_SECRET");
        String sessionId = arg(args, 3, "PARTNER_SESSION_ID");
        if (baseUrl == null || appId == null || secret == null || sessionId == null) return;

        String booking = "{\"sessionId\":" + Long.parseLong(sessionId) + ",\"patient\":{"
                + "\"name\":" + quote(env("PATIENT_NAME", "张三")) + ","
                + "\"documentType\":\"NATIONAL_ID\","
                + "\"documentNo\":" + quote(env("PATIENT_DOCUMENT_NO", "11010519491231002X")) + ","
                + "\"mobile\":" + quote(env("PATIENT_MOBILE", "13812345678")) + "}}";

        HttpResponse<String> booked = post(baseUrl, appId, secret, "/v1/appointments", booking);
        if (booked.statusCode() == 201)
            System.out.println("booked: 201 id=" + field(booked.body(), "id") + " code=" + field(booked.body(), "code")
                    + " visitNo=" + field(booked.body(), "visitNo") + " startsAt=" + field(booked.body(), "startsAt"));
        else
            System.out.println("booked: " + booked.statusCode() + " code=" + field(booked.body(), "code"));

        HttpResponse<String> again = post(baseUrl, appId, secret, "/v1/appointments", booking);
        System.out.println("again: " + again.statusCode() + " code=" + field(again.body(), "code"));
    }
}
