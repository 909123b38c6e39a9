package io.quorum.functions.sample;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.quorum.api.v1.V1Commands;
import io.quorum.api.v1.V1Views;
import io.quorum.auth.AccountStore;
import io.quorum.functions.Wiring;
import io.quorum.functions.api.V1Endpoint;
import io.quorum.project.ProjectStore;
import io.quorum.sample.IngestQueue;
import io.quorum.sample.SampleStore;
import io.quorum.sample.SubmitResources;
import io.quorum.time.Clock;

/** POST /api/v1/projects/submitResource: add resources by URL and queue them for fetching. */
public final class SubmitResourceHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final V1Endpoint endpoint;
    private final SubmitResources submitResources;

    public SubmitResourceHandler() {
        this(Wiring.accounts(), Wiring.projects(), Wiring.samples(), Wiring.ingestQueue(), Wiring.clock());
    }

    public SubmitResourceHandler(AccountStore accounts, ProjectStore projects, SampleStore samples, IngestQueue queue, Clock clock) {
        this.endpoint = new V1Endpoint("submitResource", accounts, clock);
        this.submitResources = new SubmitResources(projects, samples, queue, clock);
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return endpoint.handle(event, context, (caller, params) ->
                V1Views.resourcesSubmitted(submitResources.execute(V1Commands.submitResources(caller, params))));
    }
}
