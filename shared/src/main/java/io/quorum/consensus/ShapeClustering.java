package io.quorum.consensus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups the shapes several workers drew into clusters, one cluster per object in the image.
 *
 * <p>Every pair of shapes from different workers that {@link ShapeRules#matches match} is a
 * candidate; candidates are taken from the most alike down (ties by position: worker, then
 * shape) and join their two clusters when no worker would appear twice in the result and every
 * shape of one cluster matches every shape of the other. The last condition (complete linkage)
 * keeps a chain of slightly shifted shapes from growing into one cluster that spans two objects.
 * Given the workers in a fixed order, the result does not depend on anything else.
 */
final class ShapeClustering {

    /** A shape and the position of the worker that drew it. */
    record Drawn<S>(int worker, S shape) {
    }

    private record Candidate(double likeness, int first, int second) {
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
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            for (int j = i + 1; j < drawn.size(); j++) {
                S a = drawn.get(i).shape();
                S b = drawn.get(j).shape();
                if (drawn.get(i).worker() != drawn.get(j).worker() && rules.matches(a, b)) {
                    candidates.add(new Candidate(rules.likeness(a, b), i, j));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::likeness).reversed()
                .thenComparingInt(Candidate::first).thenComparingInt(Candidate::second));

        // clusterOf[i]: the cluster shape i belongs to, as lists of shape indexes in ascending order
        List<List<Integer>> clusterOf = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            clusterOf.add(new ArrayList<>(List.of(i)));
        }
        for (Candidate candidate : candidates) {
            List<Integer> a = clusterOf.get(candidate.first());
            List<Integer> b = clusterOf.get(candidate.second());
            if (a != b && canJoin(a, b, drawn, rules)) {
                a.addAll(b);
                a.sort(null);
                b.forEach(i -> clusterOf.set(i, a));
            }
        }

        List<List<Drawn<S>>> clusters = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            List<Integer> members = clusterOf.get(i);
            if (members.get(0) == i) {
                clusters.add(members.stream().map(drawn::get).toList());
            }
        }
        return clusters;
    }

    private static <S> boolean canJoin(List<Integer> a, List<Integer> b, List<Drawn<S>> drawn, ShapeRules<S> rules) {
        for (int i : a) {
            for (int j : b) {
                Drawn<S> x = drawn.get(i);
                Drawn<S> y = drawn.get(j);
                if (x.worker() == y.worker() || !rules.matches(x.shape(), y.shape())) {
                    return false;
                }
            }
        }
        return true;
    }
}
