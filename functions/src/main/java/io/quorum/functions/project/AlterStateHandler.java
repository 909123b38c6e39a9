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
import io.quorum.project.AlterProjectState;
import io.quorum.project.ProjectStore;
import io.quorum.engine.DispatchQueue;
import io.quorum.engine.SweepRequest;
import io.quorum.time.Clock;

/** POST /api/v1/projects/alterState: start (submit or resume), pause or delete a project; a resume queues a dispatch sweep. */
public final class AlterStateHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final V1Endpoint endpoint;
    private final AlterProjectState alterState;

    public AlterStateHandler() {
        this(Wiring.accounts(), Wiring.projects(), Wiring.dispatchQueue(), Wiring.clock());
    }

    public AlterStateHandler(AccountStore accounts, ProjectStore projects, DispatchQueue dispatchQueue, Clock clock) {
        this.endpoint = new V1Endpoint("alterState", accounts, clock);
        this.alterState = new AlterProjectState(projects, clock, resumed -> dispatchQueue.send(SweepRequest.start(resumed)));
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return endpoint.handle(event, context, (caller, params) ->
                V1Views.stateAltered(alterState.execute(V1Commands.alterState(caller, params))));
    }
}
