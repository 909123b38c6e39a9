package io.quorum.functions.project;

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
import io.quorum.project.RetrieveProject;
import io.quorum.sample.SampleStore;
import io.quorum.time.Clock;

/** POST /api/v1/projects/retrieveProject: a project's configuration and progress. */
public final class RetrieveProjectHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final V1Endpoint endpoint;
    private final RetrieveProject retrieveProject;

    public RetrieveProjectHandler() {
        this(Wiring.accounts(), Wiring.projects(), Wiring.samples(), Wiring.clock());
    }

    public RetrieveProjectHandler(AccountStore accounts, ProjectStore projects, SampleStore samples, Clock clock) {
        this.endpoint = new V1Endpoint("retrieveProject", accounts, clock);
        this.retrieveProject = new RetrieveProject(projects, samples);
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return endpoint.handle(event, context, (caller, params) ->
                V1Views.projectReport(retrieveProject.execute(V1Commands.retrieveProject(caller, params))));
    }
}
