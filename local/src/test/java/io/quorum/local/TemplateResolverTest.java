package io.quorum.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateResolverTest {

    private static final LocalResources RESOURCES = new LocalResources(
            Map.of("Things", "quorum-Things"),
            Map.of("Work", "http://127.0.0.1:9324/000000000000/quorum-Work"),
            Map.of("Files", "quorum-files"));

    private static SamTemplate template(String variables) {
        return SamTemplate.parse("""
                Parameters:
                  Stage:
                    Type: String
                    Default: prod
                  Secret:
                    Type: String
                Resources:
                  OneFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.B::handleRequest
                      Environment:
                        Variables:
                """ + variables.indent(10));
    }

    private static Map<String, String> resolve(String variables, Map<String, String> parameters) {
        SamTemplate template = template(variables);
        return new TemplateResolver(template, RESOURCES, parameters).environmentOf(template.functions().get(0));
    }

    @Test
    void referencesResolveAsCloudFormationWouldAgainstLocalResources() {
        Map<String, String> environment = resolve("""
                TABLE: !Ref Things
                QUEUE_URL: !Ref Work
                QUEUE_ARN: !GetAtt Work.Arn
                QUEUE_NAME: !GetAtt Work.QueueName
                QUEUE_URL_ATT: !GetAtt Work.QueueUrl
                BUCKET: !Ref Files
                BUCKET_ARN: !GetAtt Files.Arn
                TABLE_ARN: !GetAtt Things.Arn
                REGION: !Ref AWS::Region
                LITERAL: Things
                """, Map.of());
        assertEquals("quorum-Things", environment.get("TABLE"));
        assertEquals("http://127.0.0.1:9324/000000000000/quorum-Work", environment.get("QUEUE_URL"));
        assertEquals("arn:aws:sqs:us-east-1:000000000000:quorum-Work", environment.get("QUEUE_ARN"));
        assertEquals("quorum-Work", environment.get("QUEUE_NAME"));
        assertEquals("http://127.0.0.1:9324/000000000000/quorum-Work", environment.get("QUEUE_URL_ATT"));
        assertEquals("quorum-files", environment.get("BUCKET"));
        assertEquals("arn:aws:s3:::quorum-files", environment.get("BUCKET_ARN"));
        assertEquals("arn:aws:dynamodb:us-east-1:000000000000:table/quorum-Things", environment.get("TABLE_ARN"));
        assertEquals("us-east-1", environment.get("REGION"));
        assertEquals("Things", environment.get("LITERAL"));
    }

    @Test
    void parametersTakeTheLocalValueOrElseTheirDefault() {
        Map<String, String> environment = resolve("""
                STAGE: !Ref Stage
                SECRET: !Ref Secret
                """, Map.of("Secret", "s3cr3t"));
        assertEquals("prod", environment.get("STAGE"));
        assertEquals("s3cr3t", environment.get("SECRET"));
    }

    @Test
    void parameterWithoutDefaultOrLocalValueFailsNamingIt() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> resolve("SECRET: !Ref Secret", Map.of()));
        assertTrue(failure.getMessage().contains("Secret") && failure.getMessage().contains("SECRET"), failure.getMessage());
    }

    @Test
    void subAndJoinResolveEveryPart() {
        Map<String, String> environment = resolve("""
                SUB: !Sub 'arn:${AWS::Partition}:s3:::${Files}/${!Literal}/${Work.QueueName}'
                SUB_VARS: !Sub ['${Name}-${Stage}', {Name: !Ref Things}]
                JOIN: !Join ['/', [!Ref Files, uploads]]
                """, Map.of());
        assertEquals("arn:aws:s3:::quorum-files/${Literal}/quorum-Work", environment.get("SUB"));
        assertEquals("quorum-Things-prod", environment.get("SUB_VARS"));
        assertEquals("quorum-files/uploads", environment.get("JOIN"));
    }

    @Test
    void unknownReferenceOrIntrinsicFailsWithAClearMessage() {
        assertTrue(assertThrows(IllegalStateException.class, () -> resolve("X: !Ref Nowhere", Map.of()))
                .getMessage().contains("Nowhere"));
        assertTrue(assertThrows(IllegalStateException.class, () -> resolve("X: !Select [0, [a, b]]", Map.of()))
                .getMessage().contains("Fn::Select"));
    }

    @Test
    void twoFunctionsSettingOneVariableDifferentlyIsRefused() {
        SamTemplate template = SamTemplate.parse("""
                Resources:
                  OneFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.One::handleRequest
                      Environment:
                        Variables:
                          MODE: fast
                          SAME: x
                  TwoFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.Two::handleRequest
                      Environment:
                        Variables:
                          MODE: slow
                          SAME: x
                """);
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> new TemplateResolver(template, RESOURCES, Map.of()).combinedEnvironment());
        assertTrue(failure.getMessage().contains("MODE") && failure.getMessage().contains("OneFunction")
                && failure.getMessage().contains("TwoFunction"), failure.getMessage());
    }

    @Test
    void packagedTemplateResolvesToOneEnvironmentForEveryFunction() {
        SamTemplate packaged = SamTemplate.fromClasspath();
        LocalResources resources = new LocalResources(
                Map.of("AccountsTable", "quorum-AccountsTable", "ProjectsTable", "quorum-ProjectsTable", "SamplesTable", "quorum-SamplesTable",
                        "TasksTable", "quorum-TasksTable"),
                Map.of("IngestQueue", "http://127.0.0.1:1/000000000000/quorum-IngestQueue",
                        "IngestDeadLetterQueue", "http://127.0.0.1:1/000000000000/quorum-IngestDeadLetterQueue",
                        "TaskQueue", "http://127.0.0.1:1/000000000000/quorum-TaskQueue",
                        "TallyQueue", "http://127.0.0.1:1/000000000000/quorum-TallyQueue.fifo",
                        "DispatchQueue", "http://127.0.0.1:1/000000000000/quorum-DispatchQueue"),
                Map.of("ResourcesBucket", "quorum-resourcesbucket", "UploadsBucket", "quorum-uploadsbucket"));
        Map<String, String> environment = new TemplateResolver(packaged, resources, Map.of("AdminApiKey", "k".repeat(32)))
                .combinedEnvironment();
        assertEquals("quorum-AccountsTable", environment.get("ACCOUNTS_TABLE"));
        assertEquals("http://127.0.0.1:1/000000000000/quorum-IngestQueue", environment.get("INGEST_QUEUE_URL"));
        assertEquals("INFO", environment.get("LOG_LEVEL"));
        assertEquals("k".repeat(32), environment.get("ADMIN_API_KEY"));
        assertEquals("quorum-TasksTable", environment.get("TASKS_TABLE"));
        assertEquals("600", environment.get("LEASE_SECONDS"));
        assertEquals("quorum-resourcesbucket", environment.get("RESOURCES_BUCKET"));
        assertEquals("quorum-uploadsbucket", environment.get("UPLOADS_BUCKET"));
    }

    @Test
    void anExplicitBucketNameResolvesWithTheLocalPseudoParameters() {
        SamTemplate template = SamTemplate.parse("""
                Parameters:
                  Stage:
                    Type: String
                    Default: dev
                Resources:
                  UploadsBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: !Sub '${AWS::StackName}-uploads-${AWS::AccountId}-${AWS::Region}'
                  StagedBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: !Sub 'files-${Stage}'
                  PlainBucket:
                    Type: AWS::S3::Bucket
                  BadBucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: Not_A_Bucket
                  ReaderFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.B::handleRequest
                      Environment:
                        Variables:
                          BY_REF: !Ref UploadsBucket
                          BY_NAME: !Sub '${AWS::StackName}-uploads-${AWS::AccountId}-${AWS::Region}'
                """);
        TemplateResolver names = TemplateResolver.forResourceNames(template);
        Map<String, BucketSpec> buckets = Map.of(
                "UploadsBucket", template.buckets().get(0), "StagedBucket", template.buckets().get(1),
                "PlainBucket", template.buckets().get(2), "BadBucket", template.buckets().get(3));
        assertEquals("quorum-local-uploads-000000000000-us-east-1", LocalNames.bucket(buckets.get("UploadsBucket"), names));
        assertEquals("files-dev", LocalNames.bucket(buckets.get("StagedBucket"), names));
        assertEquals("quorum-plainbucket", LocalNames.bucket(buckets.get("PlainBucket"), names));
        IllegalArgumentException invalid = assertThrows(IllegalArgumentException.class, () -> LocalNames.bucket(buckets.get("BadBucket"), names));
        assertTrue(invalid.getMessage().contains("BadBucket") && invalid.getMessage().contains("Not_A_Bucket"), invalid.getMessage());

        // Another function names the bucket either way and gets the same local name.
        LocalResources resources = new LocalResources(Map.of(), Map.of(),
                Map.of("UploadsBucket", LocalNames.bucket(buckets.get("UploadsBucket"), names)));
        Map<String, String> environment = new TemplateResolver(template, resources, Map.of())
                .environmentOf(template.function("ReaderFunction").orElseThrow());
        assertEquals("quorum-local-uploads-000000000000-us-east-1", environment.get("BY_REF"));
        assertEquals("quorum-local-uploads-000000000000-us-east-1", environment.get("BY_NAME"));
    }
}
