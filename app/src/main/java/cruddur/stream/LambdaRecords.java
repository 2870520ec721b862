package cruddur.stream;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.Identity;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * Between the two shapes of a stream record: the AWS SDK's, as the Streams API returns it to the
 * local poller, and Lambda's event types, as Lambda hands them to a function. The poller converts
 * to Lambda's shape so that both hosts give the handler exactly the same input.
 */
final class LambdaRecords {
  private LambdaRecords() {}

  /** A Streams API record as Lambda would deliver it from the stream {@code streamArn}. */
  static DynamodbEvent.DynamodbStreamRecord toLambda(Record record, String streamArn) {
    DynamodbEvent.DynamodbStreamRecord out = new DynamodbEvent.DynamodbStreamRecord();
    out.setEventID(record.eventID());
    out.setEventName(record.eventNameAsString());
    out.setEventVersion(record.eventVersion());
    out.setEventSource(record.eventSource());
    out.setAwsRegion(record.awsRegion());
    out.setEventSourceARN(streamArn);
    if (record.userIdentity() != null) {
      Identity identity = new Identity();
      identity.setPrincipalId(record.userIdentity().principalId());
      identity.setType(record.userIdentity().type());
      out.setUserIdentity(identity);
    }
    var in = record.dynamodb();
    StreamRecord dynamodb = new StreamRecord();
    if (in.approximateCreationDateTime() != null) {
      dynamodb.setApproximateCreationDateTime(Date.from(in.approximateCreationDateTime()));
    }
    dynamodb.setKeys(in.hasKeys() ? toLambda(in.keys()) : null);
    dynamodb.setNewImage(in.hasNewImage() ? toLambda(in.newImage()) : null);
    dynamodb.setOldImage(in.hasOldImage() ? toLambda(in.oldImage()) : null);
    dynamodb.setSequenceNumber(in.sequenceNumber());
    dynamodb.setSizeBytes(in.sizeBytes());
    if (in.streamViewTypeAsString() != null) {
      dynamodb.setStreamViewType(
          com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType.fromValue(
              in.streamViewTypeAsString()));
    }
    out.setDynamodb(dynamodb);
    return out;
  }

  /** An image in Lambda's shape, in the SDK's. */
  static Map<String, AttributeValue> toSdk(
      Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue>
          image) {
    Map<String, AttributeValue> out = new LinkedHashMap<>();
    image.forEach((name, value) -> out.put(name, toSdk(value)));
    return out;
  }

  private static Map<
          String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue>
      toLambda(Map<String, AttributeValue> image) {
    Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> out =
        new LinkedHashMap<>();
    image.forEach((name, value) -> out.put(name, toLambda(value)));
    return out;
  }

  private static com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue
      toLambda(AttributeValue v) {
    var out = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue();
    switch (v.type()) {
      case S -> out.setS(v.s());
      case N -> out.setN(v.n());
      case B -> out.setB(v.b().asByteBuffer());
      case SS -> out.setSS(v.ss());
      case NS -> out.setNS(v.ns());
      case BS -> out.setBS(v.bs().stream().map(SdkBytes::asByteBuffer).toList());
      case M -> out.setM(toLambda(v.m()));
      case L -> out.setL(v.l().stream().map(LambdaRecords::toLambda).toList());
      case BOOL -> out.setBOOL(v.bool());
      case NUL -> out.setNULL(true);
      default -> throw new IllegalArgumentException("unknown attribute value type: " + v);
    }
    return out;
  }

  private static AttributeValue toSdk(
      com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue v) {
    if (v.getS() != null) {
      return AttributeValue.fromS(v.getS());
    } else if (v.getN() != null) {
      return AttributeValue.fromN(v.getN());
    } else if (v.getB() != null) {
      return AttributeValue.fromB(SdkBytes.fromByteBuffer(v.getB()));
    } else if (v.getSS() != null) {
      return AttributeValue.fromSs(v.getSS());
    } else if (v.getNS() != null) {
      return AttributeValue.fromNs(v.getNS());
    } else if (v.getBS() != null) {
      return AttributeValue.fromBs(v.getBS().stream().map(SdkBytes::fromByteBuffer).toList());
    } else if (v.getM() != null) {
      return AttributeValue.fromM(toSdk(v.getM()));
    } else if (v.getL() != null) {
      List<AttributeValue> list = v.getL().stream().map(LambdaRecords::toSdk).toList();
      return AttributeValue.fromL(list);
    } else if (v.getBOOL() != null) {
      return AttributeValue.fromBool(v.getBOOL());
    } else if (Boolean.TRUE.equals(v.getNULL())) {
      return AttributeValue.fromNul(true);
    }
    throw new IllegalArgumentException("attribute value with no type: " + v);
  }
}
