package io.quorum.engine;

/**
 * Port: the FIFO queue of answers waiting to be tallied, grouped per sample. A message for the same
 * answered micro-task of the same project sent again within the queue's window is dropped; the tally
 * recomputes from stored answers, so a later duplicate is harmless too.
 */
public interface TallyQueue {

    /**
     * @param answered the micro-task whose answer is to be counted; with the request's project it is the
     *                 deduplication key (micro-task ids repeat across projects: two projects may hold
     *                 samples of the same source, e.g. uploads of the same file name)
     */
    void send(TallyRequest request, TaskId answered);
}
