package io.quorum.aws.s3;

import io.quorum.blob.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** One S3 bucket as a {@link BlobStore}. */
public final class S3BlobStore implements BlobStore {

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;

    public S3BlobStore(S3Client s3, S3Presigner presigner, String bucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
    }

    public String bucket() {
        return bucket;
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        s3.putObject(r -> r.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(content));
    }

    /**
     * A ranged GET, and the stream is cut at the limit as well, so an object that grew between a
     * size check and this read still cannot bring more than {@code maxBytes} into memory.
     */
    @Override
    public Optional<byte[]> read(String key, long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(r -> r.bucket(bucket).key(key).range("bytes=0-" + (maxBytes - 1)))) {
            return Optional.of(readAtMost(in, maxBytes));
        } catch (NoSuchKeyException missing) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 416) {
                return Optional.of(new byte[0]); // a range on an empty object is unsatisfiable
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
        return in.readNBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 8));
    }

    @Override
    public Optional<Long> size(String key) {
        try {
            return Optional.of(s3.headObject(r -> r.bucket(bucket).key(key)).contentLength());
        } catch (NoSuchKeyException missing) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty(); // HEAD answers have no body, so the SDK cannot always name the error
            }
            throw e;
        }
    }

    @Override
    public URI presignGet(String key, Duration validity) {
        return URI.create(presigner.presignGetObject(r -> r.signatureDuration(validity)
                .getObjectRequest(get -> get.bucket(bucket).key(key))).url().toString());
    }

    @Override
    public URI presignPut(String key, String contentType, Duration validity) {
        return URI.create(presigner.presignPutObject(r -> r.signatureDuration(validity)
                .putObjectRequest(put -> put.bucket(bucket).key(key).contentType(contentType))).url().toString());
    }
}
