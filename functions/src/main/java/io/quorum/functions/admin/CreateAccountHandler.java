package io.quorum.functions.admin;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.quorum.api.admin.AdminViews;
import io.quorum.auth.AccountStore;
import io.quorum.auth.AdminKey;
import io.quorum.admin.CreateAccount;
import io.quorum.auth.CredentialFactory;
import io.quorum.functions.Wiring;
import io.quorum.functions.api.AdminEndpoint;
import io.quorum.time.Clock;

/** POST /api/v1/admin/accounts (X-Admin-Key): open a customer account and return its credentials once. */
public final class CreateAccountHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final AdminEndpoint endpoint;
    private final CreateAccount createAccount;

    public CreateAccountHandler() {
        this(new AdminKey(Wiring.adminApiKey()), Wiring.accounts(), Wiring.clock());
    }

    public CreateAccountHandler(AdminKey adminKey, AccountStore accounts, Clock clock) {
        this.endpoint = new AdminEndpoint("createAccount", 201, adminKey);
        this.createAccount = new CreateAccount(accounts, new CredentialFactory(), clock);
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return endpoint.handle(event, context, body ->
                AdminViews.accountCreated(createAccount.execute(AdminViews.createAccount(body))));
    }
}
