package io.quorum.api.admin;

import io.quorum.admin.Admin;

/** Each operator endpoint's work once the admin key is checked. */
public final class AdminOperations {

    private AdminOperations() {
    }

    public static AdminOperation createAccount(Admin admin) {
        var useCase = admin.createAccount();
        return body -> AdminViews.accountCreated(useCase.execute(AdminViews.createAccount(body)));
    }

    public static AdminOperation createWorker(Admin admin) {
        var useCase = admin.createWorker();
        return body -> WorkerAdminViews.workerCreated(useCase.execute(WorkerAdminViews.createWorker(body)));
    }

    public static AdminOperation approveProject(Admin admin) {
        var useCase = admin.approveProject();
        return body -> ApprovalViews.approved(useCase.execute(ApprovalViews.projectId(body)));
    }
}
