package io.quorum.functions.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.quorum.api.v1.V1Code;
import io.quorum.api.v1.V1Gateway;
import io.quorum.api.v1.V1Operation;
import io.quorum.api.v1.V1Operations;
import io.quorum.app.Quorum;
import io.quorum.functions.wiring.AwsQuorum;
import io.quorum.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Every path under /api/v1/ that no endpoint claims. API Gateway does not route a trailing slash to
 * the resource without it, yet the spec's own create example posts to {@code /api/v1/projects/}:
 * that one request is served as a create; everything else answers code 4.
 */
public final class ApiFallbackHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final V1Endpoint createEndpoint;
    private final V1Operation createProject;
    private final Clock clock;

    public ApiFallbackHandler() {
        this(AwsQuorum.get());
    }

    public ApiFallbackHandler(Quorum quorum) {
        this.createEndpoint = new V1Endpoint("createProject", quorum);
        this.createProject = V1Operations.createProject(quorum.projects());
        this.clock = quorum.clock();
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        String proxy = Optional.ofNullable(event.getPathParameters()).map(p -> p.get("proxy")).orElse("");
        String method = Optional.ofNullable(event.getHttpMethod()).orElse("").toUpperCase(Locale.ROOT);
        // Both spellings: whether the greedy parameter keeps the trailing slash is API Gateway's to decide.
        if (method.equals("POST") && (proxy.equals("projects/") || proxy.equals("projects"))) {
            return createEndpoint.handle(event, context, createProject);
        }
        String body = V1Gateway.errorBody(V1Code.URL_INVALID,
                "no v1 endpoint answers " + method + " /api/v1/" + proxy, "", clock.now().toEpochMilli());
        return ApiGatewayEvents.json(200, body);
    }

}
