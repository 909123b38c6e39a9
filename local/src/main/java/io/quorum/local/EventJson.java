package io.quorum.local;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * Reads Lambda event JSON into the aws-lambda-java-events classes. Their properties come from
 * plain setters ({@code setIsBase64Encoded} gives {@code isBase64Encoded}); case-insensitive
 * matching covers the capitalised names AWS uses in some events ({@code Records},
 * {@code eventSourceARN}), and unknown fields are ignored as the Lambda runtime does.
 */
public final class EventJson {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES, true)
            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false)
            .build();

    private EventJson() {
    }

    public static Object read(JsonNode event, Type type) throws IOException {
        JavaType javaType = MAPPER.getTypeFactory().constructType(type);
        return MAPPER.readerFor(javaType).readValue(MAPPER.treeAsTokens(event));
    }
}
