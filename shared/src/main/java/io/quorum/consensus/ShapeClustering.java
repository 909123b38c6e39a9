package io.quorum.consensus;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Groups the shapes several workers drew into clusters, one cluster per object in the image.
 *
 * <p>Every pair of shapes from different workers whose {@link ShapeRules#likeness likeness}
 * reaches {@link ShapeRules#minLikeness} matches. Matching pairs are taken from the most alike
 * down (ties by position: worker, then shape) and join their two clusters when no worker would
 * appear twice in the result and every shape of one cluster matches every shape of the other. The
 * last condition (complete linkage) keeps a chain of slightly shifted shapes from growing into one
 * cluster that spans two objects. Given the workers in a fixed order, the result depends on nothing else.
 */
final class ShapeClustering {

    /** A shape and the position of the worker that drew it. */
    record Drawn<S>(int worker, S shape) {
    }

    private record Candidate(double likeness, int first, int second) {
    }

    /** Shapes by index, the workers among them. */
    private record Cluster(List<Integer> members, BitSet workers) {
    }

    private ShapeClustering() {
    }

    /** Clusters, each listing its shapes by worker; clusters in order of their first shape. */
    static <S> List<List<Drawn<S>>> cluster(List<List<S>> shapesByWorker, ShapeRules<S> rules) {
        List<Drawn<S>> drawn = new ArrayList<>();
        for (int worker = 0; worker < shapesByWorker.size(); worker++) {
            for (S shape : shapesByWorker.get(worker)) {
                drawn.add(new Drawn<>(worker, shape));
            }
        }
        int count = drawn.size();
        if ((long) count * count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many shapes to compare: " + count);
        }
        // matching.get(i * count + j), i < j: computed once, because joining clusters asks again and again
        BitSet matching = new BitSet(count * count);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            for (int j = i + 1; j < count; j++) {
                if (drawn.get(i).worker() != drawn.get(j).worker()) {
                    double likeness = rules.likeness(drawn.get(i).shape(), drawn.get(j).shape());
                    if (likeness >= rules.minLikeness()) {
                        matching.set(i * count + j);
                        candidates.add(new Candidate(likeness, i, j));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::likeness).reversed()
                .thenComparingInt(Candidate::first).thenComparingInt(Candidate::second));

        List<Cluster> clusterOf = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BitSet workers = new BitSet();
            workers.set(drawn.get(i).worker());
            clusterOf.add(new Cluster(new ArrayList<>(List.of(i)), workers));
        }
        for (Candidate candidate : candidates) {
            Cluster a = clusterOf.get(candidate.first());
            Cluster b = clusterOf.get(candidate.second());
            if (a != b && !a.workers().intersects(b.workers()) && allMatch(a, b, matching, count)) {
                a.members().addAll(b.members());
                a.members().sort(null);
                a.workers().or(b.workers());
                b.members().forEach(i -> clusterOf.set(i, a));
            }
        }

        List<List<Drawn<S>>> clusters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Integer> members = clusterOf.get(i).members();
            if (members.get(0) == i) {
                clusters.add(members.stream().map(drawn::get).toList());
            }
        }
        return clusters;
    }

    private static boolean allMatch(Cluster a, Cluster b, BitSet matching, int count) {
        for (int i : a.members()) {
            for (int j : b.members()) {
                if (!matching.get(Math.min(i, j) * count + Math.max(i, j))) {
                    return false;
                }
            }
        }
        return true;
    }
}
