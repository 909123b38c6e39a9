package io.quorum.functions.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.quorum.api.admin.AdminGateway;
import io.quorum.api.admin.AdminOperation;
import io.quorum.app.Quorum;

/** Adapts an API Gateway event to the operator pipeline and its reply back to a proxy response. */
public final class AdminEndpoint {

    private final String operationName;
    private final int successStatus;
    private final AdminGateway gateway;

    public AdminEndpoint(String operationName, int successStatus, Quorum quorum) {
        this.operationName = operationName;
        this.successStatus = successStatus;
        this.gateway = new AdminGateway(quorum.adminKey());
    }

    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent event, Context context, AdminOperation operation) {
        return ApiGatewayEvents.answer(event, context, request -> gateway.handle(operationName, successStatus, request, operation));
    }
}
