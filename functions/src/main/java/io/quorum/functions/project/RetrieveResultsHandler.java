package io.quorum.functions.project;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.quorum.api.v1.ResultViews;
import io.quorum.auth.AccountStore;
import io.quorum.functions.Wiring;
import io.quorum.functions.api.V1Endpoint;
import io.quorum.project.ProjectStore;
import io.quorum.engine.RetrieveResults;
import io.quorum.engine.TaskStore;
import io.quorum.time.Clock;

/** POST /api/v1/projects/retrieveResults: a page of samples with their decided labels and every answer. */
public final class RetrieveResultsHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final V1Endpoint endpoint;
    private final RetrieveResults retrieveResults;

    public RetrieveResultsHandler() {
        this(Wiring.accounts(), Wiring.projects(), Wiring.tasks(), Wiring.clock());
    }

    public RetrieveResultsHandler(AccountStore accounts, ProjectStore projects, TaskStore tasks, Clock clock) {
        this.endpoint = new V1Endpoint("retrieveResults", accounts, clock);
        this.retrieveResults = new RetrieveResults(projects, tasks);
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return endpoint.handle(event, context, (caller, params) -> ResultViews.results(retrieveResults.execute(ResultViews.query(caller, params))));
    }
}
