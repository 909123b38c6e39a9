package io.quorum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quorum.local.LocalStackExtension;
import io.quorum.local.WithLocalStack;
import io.quorum.project.ProjectId;
import io.quorum.sample.SampleId;
import io.quorum.aws.sqs.SqsTallyQueue;
import io.quorum.engine.TallyRequestCodec;
import io.quorum.engine.TallyRequest;
import io.quorum.engine.TaskId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

/** The FIFO tally queue on ElasticMQ: what it drops as a duplicate and what it must not. */
@WithLocalStack
class TallyQueueIT {

    @BeforeAll
    static void readTheQueueHere() {
        LocalStackExtension.stack().eventSources().pause("TallyConsumerFunction");
    }

    @AfterAll
    static void handBackTheQueue() {
        LocalStackExtension.stack().eventSources().resume("TallyConsumerFunction");
    }

    @Test
    void theSameMicroTaskInTwoProjectsWhoseSamplesShareASourceIsTalliedInBoth() {
        SqsTallyQueue queue = new SqsTallyQueue(Stack.sqs(), Stack.queueUrl("TallyQueue"));
        // Uploads named alike in two projects have the same sample id, and so the same micro-task ids.
        SampleId shared = SampleId.forSource("upload:0000-cat.png");
        TaskId task = new TaskId(shared, "label", 1);
        List<ProjectId> projects = List.of(new ProjectId("p901_AAAAAAAA"), new ProjectId("p902_BBBBBBBB"));
        for (ProjectId project : projects) {
            queue.send(new TallyRequest(project, shared, "label"), task);
        }
        queue.send(new TallyRequest(projects.get(0), shared, "label"), task);

        List<String> received = new ArrayList<>();
        for (int attempt = 0; attempt < 5 && received.size() < 3; attempt++) {
            for (Message message : Stack.sqs().receiveMessage(r -> r.queueUrl(Stack.queueUrl("TallyQueue"))
                    .maxNumberOfMessages(10).waitTimeSeconds(1)).messages()) {
                received.add(TallyRequestCodec.parse(message.body()).orElseThrow().projectId().value());
                Stack.sqs().deleteMessage(r -> r.queueUrl(Stack.queueUrl("TallyQueue")).receiptHandle(message.receiptHandle()));
            }
        }
        assertEquals(List.of("p901_AAAAAAAA", "p902_BBBBBBBB"), received.stream().sorted().toList(),
                "one message per project: the repeat within a project is dropped, the other project's is not");
    }
}
