package io.quorum.functions.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.quorum.api.v1.V1Code;
import io.quorum.api.v1.V1Gateway;
import io.quorum.auth.AccountStore;
import io.quorum.functions.Wiring;
import io.quorum.functions.project.CreateProjectHandler;
import io.quorum.project.ProjectStore;
import io.quorum.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Every path under /api/v1/ that no endpoint claims. API Gateway does not route a trailing slash to
 * the resource without it, yet the spec's own create example posts to {@code /api/v1/projects/}:
 * that one request is served as a create; everything else answers code 4.
 */
public final class ApiFallbackHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final CreateProjectHandler createProject;
    private final Clock clock;

    public ApiFallbackHandler() {
        this(Wiring.accounts(), Wiring.projects(), Wiring.clock());
    }

    public ApiFallbackHandler(AccountStore accounts, ProjectStore projects, Clock clock) {
        this.createProject = new CreateProjectHandler(accounts, projects, clock);
        this.clock = clock;
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        String proxy = Optional.ofNullable(event.getPathParameters()).map(p -> p.get("proxy")).orElse("");
        String method = Optional.ofNullable(event.getHttpMethod()).orElse("").toUpperCase(Locale.ROOT);
        // Both spellings: whether the greedy parameter keeps the trailing slash is API Gateway's to decide.
        if (method.equals("POST") && (proxy.equals("projects/") || proxy.equals("projects"))) {
            return createProject.handleRequest(event, context);
        }
        String body = V1Gateway.errorBody(V1Code.URL_INVALID,
                "no v1 endpoint answers " + method + " /api/v1/" + proxy, "", clock.now().toEpochMilli());
        return ApiGatewayEvents.json(200, body);
    }

}
