package io.quorum.admin;

import io.quorum.auth.CredentialFactory;
import io.quorum.config.Lazy;

/** The operator's composition root: accounts, workers and project approval. */
public final class Admin {

    private final Lazy<CreateAccount> createAccount;
    private final Lazy<CreateWorker> createWorker;
    private final Lazy<ApproveProject> approveProject;

    private Admin(AdminPorts ports) {
        this.createAccount = Lazy.of(() -> new CreateAccount(ports.accounts(), new CredentialFactory(), ports.clock()));
        this.createWorker = Lazy.of(() -> new CreateWorker(ports.workers(), new CredentialFactory(), ports.clock()));
        this.approveProject = Lazy.of(() -> new ApproveProject(ports.projects(), ports.dispatchQueue(), ports.clock()));
    }

    public static Admin from(AdminPorts ports) {
        return new Admin(ports);
    }

    public CreateAccount createAccount() {
        return createAccount.get();
    }

    public CreateWorker createWorker() {
        return createWorker.get();
    }

    public ApproveProject approveProject() {
        return approveProject.get();
    }
}
