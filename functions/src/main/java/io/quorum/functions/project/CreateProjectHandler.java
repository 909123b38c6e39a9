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
import io.quorum.project.CreateProject;
import io.quorum.project.ProjectIds;
import io.quorum.project.ProjectStore;
import io.quorum.time.Clock;

/** POST /api/v1/projects: create a project. */
public final class CreateProjectHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final V1Endpoint endpoint;
    private final CreateProject createProject;

    public CreateProjectHandler() {
        this(Wiring.accounts(), Wiring.projects(), Wiring.clock());
    }

    public CreateProjectHandler(AccountStore accounts, ProjectStore projects, Clock clock) {
        this.endpoint = new V1Endpoint("createProject", accounts, clock);
        this.createProject = new CreateProject(projects, new ProjectIds(), clock);
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return endpoint.handle(event, context, (caller, params) ->
                V1Views.projectCreated(createProject.execute(V1Commands.createProject(caller, params))));
    }
}
