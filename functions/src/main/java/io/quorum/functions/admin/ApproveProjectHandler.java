package io.quorum.functions.admin;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.quorum.api.admin.ApprovalViews;
import io.quorum.auth.AdminKey;
import io.quorum.functions.Wiring;
import io.quorum.functions.api.AdminEndpoint;
import io.quorum.project.ProjectStore;
import io.quorum.admin.ApproveProject;
import io.quorum.engine.DispatchQueue;
import io.quorum.time.Clock;

/** POST /api/v1/admin/projects/approve (X-Admin-Key): a project under review starts running and its samples are dispatched. */
public final class ApproveProjectHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final AdminEndpoint endpoint;
    private final ApproveProject approve;

    public ApproveProjectHandler() {
        this(new AdminKey(Wiring.adminApiKey()), Wiring.projects(), Wiring.dispatchQueue(), Wiring.clock());
    }

    public ApproveProjectHandler(AdminKey adminKey, ProjectStore projects, DispatchQueue dispatchQueue, Clock clock) {
        this.endpoint = new AdminEndpoint("approveProject", 200, adminKey);
        this.approve = new ApproveProject(projects, dispatchQueue, clock);
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return endpoint.handle(event, context, body -> ApprovalViews.approved(approve.execute(ApprovalViews.projectId(body))));
    }
}
