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
import io.quorum.project.UpdateProject;
import io.quorum.time.Clock;

/** POST /api/v1/projects/setProject: change a project's configuration before it is submitted. */
public final class SetProjectHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final V1Endpoint endpoint;
    private final UpdateProject updateProject;

    public SetProjectHandler() {
        this(Wiring.accounts(), Wiring.projects(), Wiring.clock());
    }

    public SetProjectHandler(AccountStore accounts, ProjectStore projects, Clock clock) {
        this.endpoint = new V1Endpoint("setProject", accounts, clock);
        this.updateProject = new UpdateProject(projects, clock);
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return endpoint.handle(event, context, (caller, params) ->
                V1Views.projectUpdated(updateProject.execute(V1Commands.updateProject(caller, params))));
    }
}
