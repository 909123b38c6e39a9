package io.quorum.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SamTemplateTest {

    private static final String TEMPLATE = """
            Parameters:
              Stage:
                Type: String
                Default: prod
              Secret:
                Type: String
                NoEcho: true
            Globals:
              Function:
                Timeout: 20
                MemorySize: 1024
                Environment:
                  Variables:
                    TABLE: !Ref Things
                    LITERAL_LOOKALIKE: Things
                    LEVEL: !Ref Stage
                    SHARED: from-globals
            Resources:
              OneFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: com.example.One::handleRequest
                  Timeout: 5
                  Environment:
                    Variables:
                      SHARED: from-function
                      QUEUE_ARN: !GetAtt Work.Arn
                      QUEUE_NAME:
                        Fn::GetAtt: [Work, QueueName]
                      QUEUE_URL:
                        Ref: Work
                      SUBBED: !Sub 'arn:${AWS::Partition}:s3:::${Files}/*'
                      QUOTED: '!Ref NotATag'
                      NUMBER: 42
                      CHOICE: !If [IsProd, a, b]
                  Events:
                    Create:
                      Type: Api
                      Properties:
                        Path: /things
                        Method: post
                    Everything:
                      Type: Api
                      Properties:
                        Path: /things/{proxy+}
                        Method: any
                    Queue:
                      Type: SQS
                      Properties:
                        Queue: !GetAtt Work.Arn
                        BatchSize: 10
                    Nightly:
                      Type: Schedule
                      Properties:
                        Schedule: rate(1 day)
              TwoFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: com.example.Two::handle
                  MemorySize: 512
              Things:
                Type: AWS::DynamoDB::Table
                Properties:
                  BillingMode: PAY_PER_REQUEST
                  AttributeDefinitions:
                    - AttributeName: pk
                      AttributeType: S
                    - AttributeName: sk
                      AttributeType: S
                    - AttributeName: at
                      AttributeType: N
                    - AttributeName: owner
                      AttributeType: S
                  KeySchema:
                    - AttributeName: pk
                      KeyType: HASH
                    - AttributeName: sk
                      KeyType: RANGE
                  LocalSecondaryIndexes:
                    - IndexName: byAt
                      KeySchema:
                        - AttributeName: pk
                          KeyType: HASH
                        - AttributeName: at
                          KeyType: RANGE
                      Projection:
                        ProjectionType: INCLUDE
                        NonKeyAttributes: [state]
                  GlobalSecondaryIndexes:
                    - IndexName: byOwner
                      KeySchema:
                        - AttributeName: owner
                          KeyType: HASH
                      Projection:
                        ProjectionType: KEYS_ONLY
              Work:
                Type: AWS::SQS::Queue
                Properties:
                  FifoQueue: true
                  ContentBasedDeduplication: true
                  VisibilityTimeout: 120
                  RedrivePolicy:
                    deadLetterTargetArn: !GetAtt WorkDlq.Arn
                    maxReceiveCount: 5
              WorkDlq:
                Type: AWS::SQS::Queue
                Properties:
                  FifoQueue: true
                  MessageRetentionPeriod: 1209600
              Files:
                Type: AWS::S3::Bucket
              Alarm:
                Type: AWS::CloudWatch::Alarm
                Properties:
                  Threshold: 1
            """;

    private final SamTemplate template = SamTemplate.parse(TEMPLATE);

    @Test
    void parametersKeepTheirDefaultOrItsAbsence() {
        assertEquals(Optional.of("prod"), template.parameters().get("Stage").defaultValue());
        assertEquals(Optional.empty(), template.parameters().get("Secret").defaultValue());
    }

    @Test
    void shortAndLongFormReferencesAreReferencesAndPlainTextStaysLiteral() {
        Map<String, TemplateValue> environment = template.function("OneFunction").orElseThrow().environment();
        assertEquals(new TemplateValue.Ref("Things"), environment.get("TABLE"));
        assertEquals(new TemplateValue.Literal("Things"), environment.get("LITERAL_LOOKALIKE"));
        assertEquals(new TemplateValue.GetAtt("Work", "Arn"), environment.get("QUEUE_ARN"));
        assertEquals(new TemplateValue.GetAtt("Work", "QueueName"), environment.get("QUEUE_NAME"));
        assertEquals(new TemplateValue.Ref("Work"), environment.get("QUEUE_URL"));
        assertEquals(new TemplateValue.Sub("arn:${AWS::Partition}:s3:::${Files}/*", Map.of()), environment.get("SUBBED"));
        assertEquals(new TemplateValue.Literal("!Ref NotATag"), environment.get("QUOTED"));
        assertEquals(new TemplateValue.Literal("42"), environment.get("NUMBER"));
        assertTrue(environment.get("CHOICE") instanceof TemplateValue.Unsupported, environment.get("CHOICE").toString());
    }

    @Test
    void functionEnvironmentOverridesGlobalsAndKeepsTheRest() {
        Map<String, TemplateValue> environment = template.function("OneFunction").orElseThrow().environment();
        assertEquals(new TemplateValue.Literal("from-function"), environment.get("SHARED"));
        assertEquals(new TemplateValue.Ref("Stage"), environment.get("LEVEL"));
        assertEquals(Map.of("TABLE", new TemplateValue.Ref("Things"), "LITERAL_LOOKALIKE", new TemplateValue.Literal("Things"),
                        "LEVEL", new TemplateValue.Ref("Stage"), "SHARED", new TemplateValue.Literal("from-globals")),
                template.function("TwoFunction").orElseThrow().environment());
    }

    @Test
    void timeoutAndMemoryComeFromTheFunctionOrElseFromGlobals() {
        FunctionSpec one = template.function("OneFunction").orElseThrow();
        FunctionSpec two = template.function("TwoFunction").orElseThrow();
        assertEquals(5, one.timeoutSeconds());
        assertEquals(1024, one.memorySizeMb());
        assertEquals(20, two.timeoutSeconds());
        assertEquals(512, two.memorySizeMb());
    }

    @Test
    void handlerSplitsIntoClassAndMethod() {
        FunctionSpec two = template.function("TwoFunction").orElseThrow();
        assertEquals("com.example.Two", two.handlerClass());
        assertEquals("handle", two.handlerMethod());
    }

    @Test
    void apiEventsBecomeRoutesAndOtherEventTypesAreKeptButNotRouted() {
        assertEquals(List.of(
                        new ApiRoute("OneFunction", "POST", "/things"),
                        new ApiRoute("OneFunction", "ANY", "/things/{proxy+}")),
                template.apiRoutes());
        FunctionEvent queue = template.function("OneFunction").orElseThrow().events().get(2);
        assertEquals("SQS", queue.type());
        assertEquals(new TemplateValue.GetAtt("Work", "Arn"), queue.property("Queue"));
        assertEquals(Optional.of("10"), queue.literal("BatchSize"));
        assertEquals(List.of("Create", "Everything", "Queue", "Nightly"),
                template.function("OneFunction").orElseThrow().events().stream().map(FunctionEvent::name).toList());
    }

    @Test
    void tableKeepsKeysAndBothKindsOfSecondaryIndex() {
        TableSpec things = template.tables().get(0);
        assertEquals("Things", things.logicalId());
        assertEquals(Optional.of("PAY_PER_REQUEST"), things.billingMode());
        assertEquals(List.of(new TableSpec.KeyElement("pk", "HASH"), new TableSpec.KeyElement("sk", "RANGE")), things.keySchema());
        assertEquals(4, things.attributeDefinitions().size());
        TableSpec.SecondaryIndex local = things.localSecondaryIndexes().get(0);
        assertEquals("byAt", local.indexName());
        assertEquals(new TableSpec.Projection("INCLUDE", List.of("state")), local.projection());
        assertEquals(new TableSpec.KeyElement("at", "RANGE"), local.keySchema().get(1));
        TableSpec.SecondaryIndex global = things.globalSecondaryIndexes().get(0);
        assertEquals("byOwner", global.indexName());
        assertEquals(new TableSpec.Projection("KEYS_ONLY", List.of()), global.projection());
    }

    @Test
    void queueKeepsFifoSettingsAndItsDeadLetterQueue() {
        QueueSpec work = template.queues().get(0);
        assertTrue(work.fifo());
        assertTrue(work.contentBasedDeduplication());
        assertEquals(Optional.of(120), work.visibilityTimeoutSeconds());
        QueueSpec.RedrivePolicy redrive = work.redrivePolicy().orElseThrow();
        assertEquals(5, redrive.maxReceiveCount());
        assertEquals(Optional.of("WorkDlq"), redrive.deadLetterQueueLogicalId());
        QueueSpec dlq = template.queues().get(1);
        assertEquals(Optional.of(1_209_600), dlq.messageRetentionPeriodSeconds());
        assertFalse(dlq.redrivePolicy().isPresent());
    }

    @Test
    void bucketsAreListedAndUnknownResourceTypesIgnored() {
        assertEquals(List.of(new BucketSpec("Files")), template.buckets());
        assertEquals(2, template.functions().size());
    }

    @Test
    void packagedTemplateDeclaresTheRepositorysFunctionsTablesQueuesAndBucket() {
        SamTemplate packaged = SamTemplate.fromClasspath();
        assertTrue(packaged.function("CreateProjectFunction").isPresent());
        assertEquals(new TemplateValue.Ref("AdminApiKey"),
                packaged.function("CreateAccountFunction").orElseThrow().environment().get("ADMIN_API_KEY"));
        assertEquals(new TemplateValue.Literal("-XX:+TieredCompilation -XX:TieredStopAtLevel=1"),
                packaged.function("CreateProjectFunction").orElseThrow().environment().get("JAVA_TOOL_OPTIONS"));
        assertTrue(packaged.apiRoutes().contains(new ApiRoute("ApiFallbackFunction", "ANY", "/api/v1/{proxy+}")));
        TableSpec samples = packaged.tables().stream().filter(t -> t.logicalId().equals("SamplesTable")).findFirst().orElseThrow();
        assertEquals("byCreatedAt", samples.localSecondaryIndexes().get(0).indexName());
        QueueSpec ingest = packaged.queues().stream().filter(q -> q.logicalId().equals("IngestQueue")).findFirst().orElseThrow();
        assertEquals(Optional.of("IngestDeadLetterQueue"), ingest.redrivePolicy().orElseThrow().deadLetterQueueLogicalId());
        assertEquals(List.of("ResourcesBucket", "UploadsBucket"), packaged.buckets().stream().map(BucketSpec::logicalId).toList());
        // named explicitly: the bucket notifies a function, so a !Ref to it elsewhere would be a cycle
        assertEquals(Optional.of(new TemplateValue.Sub("${AWS::StackName}-uploads-${AWS::AccountId}-${AWS::Region}", Map.of())),
                packaged.buckets().get(1).bucketName());
    }
}
