package io.quorum.functions.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.quorum.api.v1.V1Gateway;
import io.quorum.api.v1.V1Operation;
import io.quorum.app.Quorum;
import io.quorum.auth.UserId;

/** Adapts an API Gateway event to the v1 pipeline and its reply back to a proxy response. */
public final class V1Endpoint {

    private final String operationName;
    private final V1Gateway<UserId> gateway;

    public V1Endpoint(String operationName, Quorum quorum) {
        this.operationName = operationName;
        this.gateway = V1Gateway.forCustomers(quorum.accounts(), quorum.clock());
    }

    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent event, Context context, V1Operation operation) {
        return ApiGatewayEvents.answer(event, context, request -> gateway.handle(operationName, request, operation));
    }
}
