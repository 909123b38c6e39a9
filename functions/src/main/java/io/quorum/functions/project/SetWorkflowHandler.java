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
import io.quorum.time.Clock;
import io.quorum.project.SetWorkflow;

/** POST /api/v1/projects/setWorkflow: give a project its own workflow before it is submitted. */
public final class SetWorkflowHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final V1Endpoint endpoint;
    private final SetWorkflow setWorkflow;

    public SetWorkflowHandler() {
        this(Wiring.accounts(), Wiring.projects(), Wiring.clock());
    }

    public SetWorkflowHandler(AccountStore accounts, ProjectStore projects, Clock clock) {
        this.endpoint = new V1Endpoint("setWorkflow", accounts, clock);
        this.setWorkflow = new SetWorkflow(projects, clock);
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return endpoint.handle(event, context, (caller, params) ->
                V1Views.workflowSet(setWorkflow.execute(V1Commands.setWorkflow(caller, params))));
    }
}
