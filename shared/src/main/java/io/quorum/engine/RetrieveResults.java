package io.quorum.engine;

import io.quorum.auth.UserId;
import io.quorum.error.DomainException;
import io.quorum.project.Project;
import io.quorum.project.ProjectStore;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Use case: a customer pages through the project's results: every sample with its status and the result
 * of each node it passed. The cursor is opaque to the client.
 */
public final class RetrieveResults {

    public static final int DEFAULT_PAGE = 50;
    public static final int MAX_PAGE = 100;

    private final ProjectStore projects;
    private final ResultPages store;

    public RetrieveResults(ProjectStore projects, ResultPages store) {
        this.projects = projects;
        this.store = store;
    }

    public Results execute(Query query) {
        Project project = projects.findOwned(query.owner(), query.projectId());
        Optional<String> after = query.cursor().map(RetrieveResults::decode);
        Page<SampleProgress> page = store.samples(project.id(), after, query.pageSize(), Set.of());
        return new Results(project, page.items(), page.next().map(RetrieveResults::encode));
    }

    static String encode(String sampleId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sampleId.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String cursor) {
        try {
            String sampleId = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (sampleId.matches("s_[0-9a-f]{32}")) {
                return sampleId;
            }
        } catch (IllegalArgumentException notBase64) {
            // falls through to the refusal
        }
        throw DomainException.invalidParameter("params.cursor is not a cursor this endpoint returned");
    }

    public record Query(UserId owner, String projectId, Optional<String> cursor, int pageSize) {
        public Query {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(projectId, "projectId");
            Objects.requireNonNull(cursor, "cursor");
            if (pageSize < 1 || pageSize > MAX_PAGE) {
                throw DomainException.invalidParameter("params.pageSize must be between 1 and " + MAX_PAGE);
            }
        }
    }

    public record Results(Project project, List<SampleProgress> samples, Optional<String> nextCursor) {
    }
}
