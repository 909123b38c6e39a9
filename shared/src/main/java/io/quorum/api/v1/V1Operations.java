package io.quorum.api.v1;

import io.quorum.engine.Engine;
import io.quorum.ingest.Ingestion;
import io.quorum.project.Projects;

/** Each v1 endpoint's work once the caller is known (the use case is built with the endpoint, so that missing configuration fails at start): read the parameters, run the use case, present its result. */
public final class V1Operations {

    private V1Operations() {
    }

    public static V1Operation createProject(Projects projects) {
        var useCase = projects.create();
        return (caller, params) -> V1Views.projectCreated(useCase.execute(V1Commands.createProject(caller, params)));
    }

    public static V1Operation setProject(Projects projects) {
        var useCase = projects.update();
        return (caller, params) -> V1Views.projectUpdated(useCase.execute(V1Commands.updateProject(caller, params)));
    }

    public static V1Operation alterState(Projects projects) {
        var useCase = projects.alterState();
        return (caller, params) -> V1Views.stateAltered(useCase.execute(V1Commands.alterState(caller, params)));
    }

    public static V1Operation retrieveProject(Projects projects) {
        var useCase = projects.retrieve();
        return (caller, params) -> V1Views.projectReport(useCase.execute(V1Commands.retrieveProject(caller, params)));
    }

    public static V1Operation setWorkflow(Projects projects) {
        var useCase = projects.setWorkflow();
        return (caller, params) -> V1Views.workflowSet(useCase.execute(V1Commands.setWorkflow(caller, params)));
    }

    public static V1Operation retrieveWorkflow(Projects projects) {
        var useCase = projects.retrieveWorkflow();
        return (caller, params) -> V1Views.workflowRetrieved(useCase.execute(V1Commands.retrieveWorkflow(caller, params)));
    }

    public static V1Operation submitResource(Ingestion ingestion) {
        var useCase = ingestion.submitResources();
        return (caller, params) -> V1Views.resourcesSubmitted(useCase.execute(V1Commands.submitResources(caller, params)));
    }

    public static V1Operation requestUploadUrls(Ingestion ingestion) {
        var useCase = ingestion.requestUploadUrls();
        return (caller, params) -> V1Views.uploadUrls(useCase.execute(V1Commands.requestUploadUrls(caller, params)));
    }

    public static V1Operation retrieveResults(Engine engine) {
        var useCase = engine.results();
        return (caller, params) -> ResultViews.results(useCase.execute(ResultViews.query(caller, params)));
    }
}
