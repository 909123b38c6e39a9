package io.quorum.api.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.api.v1.Params;
import io.quorum.json.Json;
import io.quorum.project.Project;

/** POST /api/v1/admin/projects/approve: reads {"projectId"} and answers the project's new status. */
public final class ApprovalViews {

    private ApprovalViews() {
    }

    public static String projectId(Params body) {
        String projectId = body.requiredString("projectId");
        body.finish();
        return projectId;
    }

    public static ObjectNode approved(Project project) {
        ObjectNode data = Json.object();
        data.put("projectId", project.id().value());
        data.put("projectStatus", project.status().number());
        data.put("status", project.status().wireName());
        return data;
    }
}
