package io.quorum.consensus;

/** A cuboid drawn as its near ({@code front}) and far ({@code back}) faces. */
record Cuboid(Box front, Box back) {

    /** How well two cuboids overlap: the mean of the IoU of their front faces and of their back faces. */
    double meanFaceIou(Cuboid other) {
        return (front.iou(other.front) + back.iou(other.back)) / 2;
    }
}
