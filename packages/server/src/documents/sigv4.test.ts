import { describe, expect, it } from "vitest";
import { amzDate, authorizationFor, EMPTY_PAYLOAD_SHA256 } from "./sigv4.js";

// Examples published by AWS: the SigV4 test suite's `get-vanilla` and
// `get-vanilla-query-order-key-case` (service "service"), and the S3 "GET Object" and
// "PUT Object" examples of "Authenticating Requests: Using the Authorization Header".

const suiteKeys = {
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
  region: "us-east-1",
  service: "service",
};
const suiteAt = new Date("2015-08-30T12:36:00Z");
const s3Keys = {
  accessKeyId: "AKIAIOSFODNN7EXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  region: "us-east-1",
  service: "s3",
};
const s3At = new Date("2013-05-24T00:00:00Z");

describe("SigV4 signing", () => {
  it("signs the test suite's get-vanilla", () => {
    const authorization = authorizationFor(
      {
        method: "GET",
        url: new URL("https://example.amazonaws.com/"),
        headers: { host: "example.amazonaws.com", "x-amz-date": amzDate(suiteAt) },
        payloadHash: EMPTY_PAYLOAD_SHA256,
      },
      suiteKeys,
      suiteAt,
    );
    expect(authorization).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
    );
  });

  it("sorts query parameters as the test suite's get-vanilla-query-order-key-case", () => {
    const authorization = authorizationFor(
      {
        method: "GET",
        url: new URL("https://example.amazonaws.com/?Param2=value2&Param1=value1"),
        headers: { host: "example.amazonaws.com", "x-amz-date": amzDate(suiteAt) },
        payloadHash: EMPTY_PAYLOAD_SHA256,
      },
      suiteKeys,
      suiteAt,
    );
    expect(authorization).toMatch(
      /Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500$/,
    );
  });

  it("signs the S3 GET Object example with its range header", () => {
    const authorization = authorizationFor(
      {
        method: "GET",
        url: new URL("https://examplebucket.s3.amazonaws.com/test.txt"),
        headers: {
          host: "examplebucket.s3.amazonaws.com",
          range: "bytes=0-9",
          "x-amz-content-sha256": EMPTY_PAYLOAD_SHA256,
          "x-amz-date": amzDate(s3At),
        },
        payloadHash: EMPTY_PAYLOAD_SHA256,
      },
      s3Keys,
      s3At,
    );
    expect(authorization).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
    );
  });

  it("signs the S3 PUT Object example, its path encoded once", () => {
    const payloadHash = "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072";
    const authorization = authorizationFor(
      {
        method: "PUT",
        url: new URL("https://examplebucket.s3.amazonaws.com/test%24file.text"),
        headers: {
          date: "Fri, 24 May 2013 00:00:00 GMT",
          host: "examplebucket.s3.amazonaws.com",
          "x-amz-content-sha256": payloadHash,
          "x-amz-date": amzDate(s3At),
          "x-amz-storage-class": "REDUCED_REDUNDANCY",
        },
        payloadHash,
      },
      s3Keys,
      s3At,
    );
    expect(authorization).toMatch(
      /SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class, Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd$/,
    );
  });
});
