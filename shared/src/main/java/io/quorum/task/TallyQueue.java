package io.quorum.task;

/**
 * Port: the FIFO queue of answers waiting to be tallied, grouped per sample. A message with the same
 * deduplication id (the micro-task id) sent again within the queue's window is dropped; the tally
 * recomputes from stored answers, so a later duplicate is harmless too.
 */
public interface TallyQueue {

    void send(TallyRequest request, String deduplicationId);
}
