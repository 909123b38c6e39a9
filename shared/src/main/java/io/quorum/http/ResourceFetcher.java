package io.quorum.http;

/** Port: brings a resource's bytes in from a URL. */
@FunctionalInterface
public interface ResourceFetcher {

    /** Never throws for network trouble: the result says whether it worked and, if not, whether to retry. */
    FetchResult fetch(String url);
}
