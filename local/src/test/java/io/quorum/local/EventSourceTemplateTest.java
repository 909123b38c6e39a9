package io.quorum.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the SQS, S3 and schedule events of a template are read. */
class EventSourceTemplateTest {

    private static FunctionSpec function(String events) {
        return SamTemplate.parse("""
                Resources:
                  ConsumerFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.B::handleRequest
                      Events:
                """ + events.indent(8)).functions().get(0);
    }

    @Test
    void sqsMappingDefaultsAreLambdas() {
        SqsMapping mapping = function("""
                Work:
                  Type: SQS
                  Properties:
                    Queue: !GetAtt WorkQueue.Arn
                """).sqsMappings().get(0);
        assertEquals(new TemplateValue.GetAtt("WorkQueue", "Arn"), mapping.queue());
        assertEquals(10, mapping.batchSize());
        assertEquals(Duration.ZERO, mapping.batchingWindow());
        assertFalse(mapping.reportBatchItemFailures());
        assertTrue(mapping.enabled());
        assertEquals(Optional.empty(), mapping.maximumConcurrency());
    }

    @Test
    void sqsMappingReadsEverySetting() {
        SqsMapping mapping = function("""
                Work:
                  Type: SQS
                  Properties:
                    Queue: !GetAtt WorkQueue.Arn
                    BatchSize: 25
                    MaximumBatchingWindowInSeconds: 2
                    FunctionResponseTypes: [ReportBatchItemFailures]
                    Enabled: false
                    ScalingConfig:
                      MaximumConcurrency: 5
                """).sqsMappings().get(0);
        assertEquals(25, mapping.batchSize());
        assertEquals(Duration.ofSeconds(2), mapping.batchingWindow());
        assertTrue(mapping.reportBatchItemFailures());
        assertFalse(mapping.enabled());
        assertEquals(Optional.of(5), mapping.maximumConcurrency());
    }

    @Test
    void aMalformedSqsEventNamesItself() {
        FunctionSpec function = function("""
                Work:
                  Type: SQS
                  Properties:
                    Queue: !GetAtt WorkQueue.Arn
                    BatchSize: lots
                """);
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, function::sqsMappings);
        assertTrue(failure.getMessage().contains("ConsumerFunction.Events.Work") && failure.getMessage().contains("BatchSize"),
                failure.getMessage());
    }

    @Test
    void s3NotificationReadsItsEventsAndFilter() {
        S3Notification notification = function("""
                Upload:
                  Type: S3
                  Properties:
                    Bucket: !Ref UploadsBucket
                    Events: [s3:ObjectCreated:*, s3:ObjectRemoved:*]
                    Filter:
                      S3Key:
                        Rules:
                          - Name: prefix
                            Value: incoming/
                          - Name: suffix
                            Value: .json
                """).s3Notifications().get(0);
        assertEquals(new TemplateValue.Ref("UploadsBucket"), notification.bucket());
        assertTrue(notification.onObjectCreated());
        assertEquals(List.of("s3:ObjectRemoved:*"), notification.unsupportedEvents());
        assertTrue(notification.matches("incoming/a.json"));
        assertFalse(notification.matches("incoming/a.txt"));
        assertFalse(notification.matches("other/a.json"));
    }

    @Test
    void s3EventsMayBeASingleStringAndTheFilterIsOptional() {
        S3Notification notification = function("""
                Upload:
                  Type: S3
                  Properties:
                    Bucket: !Ref UploadsBucket
                    Events: s3:ObjectCreated:Put
                """).s3Notifications().get(0);
        assertEquals(List.of("s3:ObjectCreated:Put"), notification.events());
        assertTrue(notification.matches("anything"));
    }

    @Test
    void schedulesReadRatesAndLeaveCronToBeFiredByHand() {
        List<ScheduleRule> rules = function("""
                Often:
                  Type: Schedule
                  Properties:
                    Schedule: rate(5 minutes)
                Daily:
                  Type: ScheduleV2
                  Properties:
                    ScheduleExpression: rate(1 day)
                    State: DISABLED
                Nightly:
                  Type: Schedule
                  Properties:
                    Schedule: cron(0 3 * * ? *)
                    Input: '{"mode": "full"}'
                """).scheduleRules();
        assertEquals(Optional.of(Duration.ofMinutes(5)), rules.get(0).rate());
        assertTrue(rules.get(0).enabled());
        assertEquals("arn:aws:events:us-east-1:000000000000:rule/ConsumerFunctionOften", rules.get(0).resourceArn());
        assertEquals(Optional.of(Duration.ofDays(1)), rules.get(1).rate());
        assertFalse(rules.get(1).enabled());
        assertTrue(rules.get(1).resourceArn().startsWith("arn:aws:scheduler:"));
        assertEquals(Optional.empty(), rules.get(2).rate());
        assertEquals(Optional.of("{\"mode\": \"full\"}"), rules.get(2).input());
        assertEquals(Optional.of(Duration.ofHours(2)),
                new ScheduleRule("F", "E", ScheduleRule.TYPE, "rate(2 hours)", true, Optional.empty()).rate());
    }
}
