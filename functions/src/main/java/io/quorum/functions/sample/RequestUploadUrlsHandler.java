package io.quorum.functions.sample;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.quorum.api.v1.V1Commands;
import io.quorum.api.v1.V1Views;
import io.quorum.auth.AccountStore;
import io.quorum.blob.BlobStore;
import io.quorum.functions.Wiring;
import io.quorum.functions.api.V1Endpoint;
import io.quorum.ingest.RequestUploadUrls;
import io.quorum.project.ProjectStore;
import io.quorum.time.Clock;

/** POST /api/v1/projects/requestUploadUrls: presigned PUT URLs for direct uploads into the uploads bucket. */
public final class RequestUploadUrlsHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final V1Endpoint endpoint;
    private final RequestUploadUrls requestUploadUrls;

    public RequestUploadUrlsHandler() {
        this(Wiring.accounts(), Wiring.projects(), Wiring.uploadsBlobs(), Wiring.clock());
    }

    public RequestUploadUrlsHandler(AccountStore accounts, ProjectStore projects, BlobStore uploads, Clock clock) {
        this.endpoint = new V1Endpoint("requestUploadUrls", accounts, clock);
        this.requestUploadUrls = new RequestUploadUrls(projects, uploads, clock);
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return endpoint.handle(event, context, (caller, params) ->
                V1Views.uploadUrls(requestUploadUrls.execute(V1Commands.requestUploadUrls(caller, params))));
    }
}
