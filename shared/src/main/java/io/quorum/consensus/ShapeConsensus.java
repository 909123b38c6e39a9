package io.quorum.consensus;

import java.util.ArrayList;
import java.util.List;

/** Majority rule for shapes: keep the objects that most workers drew (see {@link Consensus}). */
final class ShapeConsensus {

    private ShapeConsensus() {
    }

    /** @param shapesByWorker each answer's shapes, answers in a fixed order */
    static <S> Outcome decide(ShapeRules<S> rules, List<List<S>> shapesByWorker, int maxRepetition, List<String> taskIds) {
        int n = shapesByWorker.size();
        List<List<ShapeClustering.Drawn<S>>> clusters = ShapeClustering.cluster(shapesByWorker, rules);
        List<S> kept = new ArrayList<>();
        double keptSupport = 0;
        double absentAgreement = 0;
        boolean anyHalf = false;
        for (List<ShapeClustering.Drawn<S>> cluster : clusters) {
            // a worker appears at most once in a cluster, so its size is the number of workers who drew it
            int support = cluster.size();
            if (2 * support > n) {
                kept.add(rules.average(cluster.stream().map(ShapeClustering.Drawn::shape).toList()));
                keptSupport += (double) support / n;
            }
            anyHalf |= 2 * support == n;
            absentAgreement += 1 - (double) support / n;
        }
        if (anyHalf && n < maxRepetition) {
            return new Outcome.NeedMore(1);
        }
        kept.sort(rules.labelOrder());
        return new Outcome.Decided(rules.label(kept), confidence(clusters.size(), kept.size(), keptSupport, absentAgreement),
                anyHalf, taskIds);
    }

    /**
     * The mean support of the kept clusters times the fraction of clusters kept; when nothing is
     * kept, how much the workers agree that nothing is there (the mean share of workers who did not
     * draw each cluster); 1 when nobody drew anything.
     */
    private static double confidence(int clusters, int kept, double keptSupport, double absentAgreement) {
        if (clusters == 0) {
            return 1.0;
        }
        if (kept == 0) {
            return absentAgreement / clusters;
        }
        // mean kept support x kept / clusters
        return keptSupport / clusters;
    }
}
