#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ipaddr.js/lib/ipaddr.js
var require_ipaddr = __commonJS({
  "node_modules/ipaddr.js/lib/ipaddr.js"(exports, module2) {
    (function(root) {
      "use strict";
      const ipv4Part = "(0?\\d+|0x[a-f0-9]+)";
      const ipv4Regexes = {
        fourOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
        threeOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
        twoOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}$`, "i"),
        longValue: new RegExp(`^${ipv4Part}$`, "i")
      };
      const octalRegex = new RegExp(`^0[0-7]+$`, "i");
      const hexRegex = new RegExp(`^0x[a-f0-9]+$`, "i");
      const zoneIndex = "%[0-9a-z]{1,}";
      const ipv6Part = "(?:[0-9a-f]+::?)+";
      const ipv6Regexes = {
        zoneIndex: new RegExp(zoneIndex, "i"),
        "native": new RegExp(`^(::)?(${ipv6Part})?([0-9a-f]+)?(::)?(${zoneIndex})?$`, "i"),
        deprecatedTransitional: new RegExp(`^(?:::)(${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?)$`, "i"),
        transitional: new RegExp(`^((?:${ipv6Part})|(?:::)(?:${ipv6Part})?)${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?$`, "i")
      };
      function expandIPv6(string, parts2) {
        if (string.indexOf("::") !== string.lastIndexOf("::")) {
          return null;
        }
        let colonCount = 0;
        let lastColon = -1;
        let zoneId = (string.match(ipv6Regexes.zoneIndex) || [])[0];
        let replacement, replacementCount;
        if (zoneId) {
          zoneId = zoneId.substring(1);
          string = string.replace(/%.+$/, "");
        }
        while ((lastColon = string.indexOf(":", lastColon + 1)) >= 0) {
          colonCount++;
        }
        if (string.substr(0, 2) === "::") {
          colonCount--;
        }
        if (string.substr(-2, 2) === "::") {
          colonCount--;
        }
        if (colonCount >= parts2) {
          return null;
        }
        replacementCount = parts2 - colonCount;
        replacement = ":";
        while (replacementCount--) {
          replacement += "0:";
        }
        string = string.replace("::", replacement);
        if (string[0] === ":") {
          string = string.slice(1);
        }
        if (string[string.length - 1] === ":") {
          string = string.slice(0, -1);
        }
        parts2 = (function() {
          const ref = string.split(":");
          const results = [];
          for (let i2 = 0; i2 < ref.length; i2++) {
            results.push(ref[i2].length > 4 ? NaN : parseInt(ref[i2], 16));
          }
          return results;
        })();
        return {
          parts: parts2,
          zoneId
        };
      }
      function matchCIDR(first, second, partSize, cidrBits) {
        if (first.length !== second.length) {
          throw new Error("ipaddr: cannot match CIDR for objects with different lengths");
        }
        let part = 0;
        let shift;
        while (cidrBits > 0) {
          shift = partSize - cidrBits;
          if (shift < 0) {
            shift = 0;
          }
          if (first[part] >> shift !== second[part] >> shift) {
            return false;
          }
          cidrBits -= partSize;
          part += 1;
        }
        return true;
      }
      function parseIntAuto(string) {
        if (hexRegex.test(string)) {
          return parseInt(string, 16);
        }
        if (string[0] === "0" && !isNaN(parseInt(string[1], 10))) {
          if (octalRegex.test(string)) {
            return parseInt(string, 8);
          }
          throw new Error(`ipaddr: cannot parse ${string} as octal`);
        }
        return parseInt(string, 10);
      }
      function padPart(part, length) {
        while (part.length < length) {
          part = `0${part}`;
        }
        return part;
      }
      const ipaddr2 = {};
      ipaddr2.IPv4 = (function() {
        function IPv4(octets) {
          if (octets.length !== 4) {
            throw new Error("ipaddr: ipv4 octet count should be 4");
          }
          let i2, octet;
          for (i2 = 0; i2 < octets.length; i2++) {
            octet = octets[i2];
            if (!(0 <= octet && octet <= 255)) {
              throw new Error("ipaddr: ipv4 octet should fit in 8 bits");
            }
          }
          this.octets = octets;
        }
        IPv4.prototype.SpecialRanges = {
          unspecified: [[new IPv4([0, 0, 0, 0]), 8]],
          broadcast: [[new IPv4([255, 255, 255, 255]), 32]],
          // RFC3171
          multicast: [[new IPv4([224, 0, 0, 0]), 4]],
          // RFC3927
          linkLocal: [[new IPv4([169, 254, 0, 0]), 16]],
          // RFC5735
          loopback: [[new IPv4([127, 0, 0, 0]), 8]],
          // RFC6598
          carrierGradeNat: [[new IPv4([100, 64, 0, 0]), 10]],
          // RFC1918
          "private": [
            [new IPv4([10, 0, 0, 0]), 8],
            [new IPv4([172, 16, 0, 0]), 12],
            [new IPv4([192, 168, 0, 0]), 16]
          ],
          // Reserved and testing-only ranges; RFCs 5735, 5737, 2544, 1700
          reserved: [
            [new IPv4([192, 0, 0, 0]), 24],
            [new IPv4([192, 0, 2, 0]), 24],
            [new IPv4([192, 88, 99, 0]), 24],
            [new IPv4([198, 18, 0, 0]), 15],
            [new IPv4([198, 51, 100, 0]), 24],
            [new IPv4([203, 0, 113, 0]), 24],
            [new IPv4([240, 0, 0, 0]), 4]
          ],
          // RFC7534, RFC7535
          as112: [
            [new IPv4([192, 175, 48, 0]), 24],
            [new IPv4([192, 31, 196, 0]), 24]
          ],
          // RFC7450
          amt: [
            [new IPv4([192, 52, 193, 0]), 24]
          ]
        };
        IPv4.prototype.kind = function() {
          return "ipv4";
        };
        IPv4.prototype.match = function(other2, cidrRange) {
          let ref;
          if (cidrRange === void 0) {
            ref = other2;
            other2 = ref[0];
            cidrRange = ref[1];
          }
          if (other2.kind() !== "ipv4") {
            throw new Error("ipaddr: cannot match ipv4 address with non-ipv4 one");
          }
          return matchCIDR(this.octets, other2.octets, 8, cidrRange);
        };
        IPv4.prototype.prefixLengthFromSubnetMask = function() {
          let cidr = 0;
          let stop2 = false;
          const zerotable = {
            0: 8,
            128: 7,
            192: 6,
            224: 5,
            240: 4,
            248: 3,
            252: 2,
            254: 1,
            255: 0
          };
          let i2, octet, zeros;
          for (i2 = 3; i2 >= 0; i2 -= 1) {
            octet = this.octets[i2];
            if (octet in zerotable) {
              zeros = zerotable[octet];
              if (stop2 && zeros !== 0) {
                return null;
              }
              if (zeros !== 8) {
                stop2 = true;
              }
              cidr += zeros;
            } else {
              return null;
            }
          }
          return 32 - cidr;
        };
        IPv4.prototype.range = function() {
          return ipaddr2.subnetMatch(this, this.SpecialRanges);
        };
        IPv4.prototype.toByteArray = function() {
          return this.octets.slice(0);
        };
        IPv4.prototype.toIPv4MappedAddress = function() {
          return ipaddr2.IPv6.parse(`::ffff:${this.toString()}`);
        };
        IPv4.prototype.toNormalizedString = function() {
          return this.toString();
        };
        IPv4.prototype.toString = function() {
          return this.octets.join(".");
        };
        return IPv4;
      })();
      ipaddr2.IPv4.broadcastAddressFromCIDR = function(string) {
        try {
          const cidr = this.parseCIDR(string);
          const ipInterfaceOctets = cidr[0].toByteArray();
          const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          const octets = [];
          let i2 = 0;
          while (i2 < 4) {
            octets.push(parseInt(ipInterfaceOctets[i2], 10) | parseInt(subnetMaskOctets[i2], 10) ^ 255);
            i2++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv4.isIPv4 = function(string) {
        return this.parser(string) !== null;
      };
      ipaddr2.IPv4.isValid = function(string) {
        try {
          new this(this.parser(string));
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv4.isValidCIDR = function(string) {
        try {
          this.parseCIDR(string);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv4.isValidFourPartDecimal = function(string) {
        if (ipaddr2.IPv4.isValid(string) && string.match(/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/)) {
          return true;
        } else {
          return false;
        }
      };
      ipaddr2.IPv4.isValidCIDRFourPartDecimal = function(string) {
        const match2 = string.match(/^(.+)\/(\d+)$/);
        if (!ipaddr2.IPv4.isValidCIDR(string) || !match2) {
          return false;
        }
        return ipaddr2.IPv4.isValidFourPartDecimal(match2[1]);
      };
      ipaddr2.IPv4.networkAddressFromCIDR = function(string) {
        let cidr, i2, ipInterfaceOctets, octets, subnetMaskOctets;
        try {
          cidr = this.parseCIDR(string);
          ipInterfaceOctets = cidr[0].toByteArray();
          subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          octets = [];
          i2 = 0;
          while (i2 < 4) {
            octets.push(parseInt(ipInterfaceOctets[i2], 10) & parseInt(subnetMaskOctets[i2], 10));
            i2++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv4.parse = function(string) {
        const parts2 = this.parser(string);
        if (parts2 === null) {
          throw new Error("ipaddr: string is not formatted like an IPv4 Address");
        }
        return new this(parts2);
      };
      ipaddr2.IPv4.parseCIDR = function(string) {
        let match2;
        if (match2 = string.match(/^(.+)\/(\d+)$/)) {
          const maskLength = parseInt(match2[2]);
          if (maskLength >= 0 && maskLength <= 32) {
            const parsed = [this.parse(match2[1]), maskLength];
            Object.defineProperty(parsed, "toString", {
              value: function() {
                return this.join("/");
              }
            });
            return parsed;
          }
        }
        throw new Error("ipaddr: string is not formatted like an IPv4 CIDR range");
      };
      ipaddr2.IPv4.parser = function(string) {
        let match2, part, value;
        if (match2 = string.match(ipv4Regexes.fourOctet)) {
          return (function() {
            const ref = match2.slice(1, 6);
            const results = [];
            for (let i2 = 0; i2 < ref.length; i2++) {
              part = ref[i2];
              results.push(parseIntAuto(part));
            }
            return results;
          })();
        } else if (match2 = string.match(ipv4Regexes.longValue)) {
          value = parseIntAuto(match2[1]);
          if (value > 4294967295 || value < 0) {
            throw new Error("ipaddr: address outside defined range");
          }
          return (function() {
            const results = [];
            let shift;
            for (shift = 0; shift <= 24; shift += 8) {
              results.push(value >> shift & 255);
            }
            return results;
          })().reverse();
        } else if (match2 = string.match(ipv4Regexes.twoOctet)) {
          return (function() {
            const ref = match2.slice(1, 4);
            const results = [];
            value = parseIntAuto(ref[1]);
            if (value > 16777215 || value < 0) {
              throw new Error("ipaddr: address outside defined range");
            }
            results.push(parseIntAuto(ref[0]));
            results.push(value >> 16 & 255);
            results.push(value >> 8 & 255);
            results.push(value & 255);
            return results;
          })();
        } else if (match2 = string.match(ipv4Regexes.threeOctet)) {
          return (function() {
            const ref = match2.slice(1, 5);
            const results = [];
            value = parseIntAuto(ref[2]);
            if (value > 65535 || value < 0) {
              throw new Error("ipaddr: address outside defined range");
            }
            results.push(parseIntAuto(ref[0]));
            results.push(parseIntAuto(ref[1]));
            results.push(value >> 8 & 255);
            results.push(value & 255);
            return results;
          })();
        } else {
          return null;
        }
      };
      ipaddr2.IPv4.subnetMaskFromPrefixLength = function(prefix2) {
        prefix2 = parseInt(prefix2);
        if (Number.isNaN(prefix2) || prefix2 < 0 || prefix2 > 32) {
          throw new Error("ipaddr: invalid IPv4 prefix length");
        }
        const octets = [0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix2 / 8);
        while (j < filledOctetCount) {
          octets[j] = 255;
          j++;
        }
        if (filledOctetCount < 4) {
          octets[filledOctetCount] = Math.pow(2, prefix2 % 8) - 1 << 8 - prefix2 % 8;
        }
        return new this(octets);
      };
      ipaddr2.IPv6 = (function() {
        function IPv6(parts2, zoneId) {
          let i2, part;
          if (parts2.length === 16) {
            this.parts = [];
            for (i2 = 0; i2 <= 14; i2 += 2) {
              this.parts.push(parts2[i2] << 8 | parts2[i2 + 1]);
            }
          } else if (parts2.length === 8) {
            this.parts = parts2;
          } else {
            throw new Error("ipaddr: ipv6 part count should be 8 or 16");
          }
          for (i2 = 0; i2 < this.parts.length; i2++) {
            part = this.parts[i2];
            if (!(0 <= part && part <= 65535)) {
              throw new Error("ipaddr: ipv6 part should fit in 16 bits");
            }
          }
          if (zoneId) {
            this.zoneId = zoneId;
          }
        }
        IPv6.prototype.SpecialRanges = {
          // RFC4291, here and after
          unspecified: [new IPv6([0, 0, 0, 0, 0, 0, 0, 0]), 128],
          linkLocal: [new IPv6([65152, 0, 0, 0, 0, 0, 0, 0]), 10],
          multicast: [new IPv6([65280, 0, 0, 0, 0, 0, 0, 0]), 8],
          loopback: [new IPv6([0, 0, 0, 0, 0, 0, 0, 1]), 128],
          uniqueLocal: [new IPv6([64512, 0, 0, 0, 0, 0, 0, 0]), 7],
          ipv4Mapped: [new IPv6([0, 0, 0, 0, 0, 65535, 0, 0]), 96],
          // RFC3879
          deprecatedSiteLocal: [new IPv6([65216, 0, 0, 0, 0, 0, 0, 0]), 10],
          // RFC6666
          discard: [new IPv6([256, 0, 0, 0, 0, 0, 0, 0]), 64],
          // RFC6145
          rfc6145: [new IPv6([0, 0, 0, 0, 65535, 0, 0, 0]), 96],
          rfc6052: [
            // RFC6052
            [new IPv6([100, 65435, 0, 0, 0, 0, 0, 0]), 96],
            // RFC8215
            [new IPv6([100, 65435, 1, 0, 0, 0, 0, 0]), 48]
          ],
          // RFC3056
          "6to4": [new IPv6([8194, 0, 0, 0, 0, 0, 0, 0]), 16],
          // RFC6052, RFC6146
          teredo: [new IPv6([8193, 0, 0, 0, 0, 0, 0, 0]), 32],
          // RFC5180
          benchmarking: [new IPv6([8193, 2, 0, 0, 0, 0, 0, 0]), 48],
          // RFC7450
          amt: [new IPv6([8193, 3, 0, 0, 0, 0, 0, 0]), 32],
          as112v6: [
            // RFC7535
            [new IPv6([8193, 4, 274, 0, 0, 0, 0, 0]), 48],
            // RFC7534
            [new IPv6([9760, 79, 32768, 0, 0, 0, 0, 0]), 48]
          ],
          // RFC4843
          deprecatedOrchid: [new IPv6([8193, 16, 0, 0, 0, 0, 0, 0]), 28],
          // RFC7343
          orchid2: [new IPv6([8193, 32, 0, 0, 0, 0, 0, 0]), 28],
          // RFC9374
          droneRemoteIdProtocolEntityTags: [new IPv6([8193, 48, 0, 0, 0, 0, 0, 0]), 28],
          // RFC9602
          segmentRouting: [new IPv6([24320, 0, 0, 0, 0, 0, 0, 0]), 16],
          reserved: [
            // RFC3849
            [new IPv6([8193, 0, 0, 0, 0, 0, 0, 0]), 23],
            // RFC2928
            [new IPv6([8193, 3512, 0, 0, 0, 0, 0, 0]), 32],
            // RFC9637
            [new IPv6([16383, 0, 0, 0, 0, 0, 0, 0]), 20]
          ]
        };
        IPv6.prototype.isIPv4MappedAddress = function() {
          return this.range() === "ipv4Mapped";
        };
        IPv6.prototype.kind = function() {
          return "ipv6";
        };
        IPv6.prototype.match = function(other2, cidrRange) {
          let ref;
          if (cidrRange === void 0) {
            ref = other2;
            other2 = ref[0];
            cidrRange = ref[1];
          }
          if (other2.kind() !== "ipv6") {
            throw new Error("ipaddr: cannot match ipv6 address with non-ipv6 one");
          }
          return matchCIDR(this.parts, other2.parts, 16, cidrRange);
        };
        IPv6.prototype.prefixLengthFromSubnetMask = function() {
          let cidr = 0;
          let stop2 = false;
          const zerotable = {
            0: 16,
            32768: 15,
            49152: 14,
            57344: 13,
            61440: 12,
            63488: 11,
            64512: 10,
            65024: 9,
            65280: 8,
            65408: 7,
            65472: 6,
            65504: 5,
            65520: 4,
            65528: 3,
            65532: 2,
            65534: 1,
            65535: 0
          };
          let part, zeros;
          for (let i2 = 7; i2 >= 0; i2 -= 1) {
            part = this.parts[i2];
            if (part in zerotable) {
              zeros = zerotable[part];
              if (stop2 && zeros !== 0) {
                return null;
              }
              if (zeros !== 16) {
                stop2 = true;
              }
              cidr += zeros;
            } else {
              return null;
            }
          }
          return 128 - cidr;
        };
        IPv6.prototype.range = function() {
          return ipaddr2.subnetMatch(this, this.SpecialRanges);
        };
        IPv6.prototype.toByteArray = function() {
          let part;
          const bytes = [];
          const ref = this.parts;
          for (let i2 = 0; i2 < ref.length; i2++) {
            part = ref[i2];
            bytes.push(part >> 8);
            bytes.push(part & 255);
          }
          return bytes;
        };
        IPv6.prototype.toFixedLengthString = function() {
          const addr2 = (function() {
            const results = [];
            for (let i2 = 0; i2 < this.parts.length; i2++) {
              results.push(padPart(this.parts[i2].toString(16), 4));
            }
            return results;
          }).call(this).join(":");
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          return addr2 + suffix;
        };
        IPv6.prototype.toIPv4Address = function() {
          if (!this.isIPv4MappedAddress()) {
            throw new Error("ipaddr: trying to convert a generic ipv6 address to ipv4");
          }
          const ref = this.parts.slice(-2);
          const high = ref[0];
          const low = ref[1];
          return new ipaddr2.IPv4([high >> 8, high & 255, low >> 8, low & 255]);
        };
        IPv6.prototype.toNormalizedString = function() {
          const addr2 = (function() {
            const results = [];
            for (let i2 = 0; i2 < this.parts.length; i2++) {
              results.push(this.parts[i2].toString(16));
            }
            return results;
          }).call(this).join(":");
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          return addr2 + suffix;
        };
        IPv6.prototype.toRFC5952String = function() {
          const regex = /((^|:)(0(:|$)){2,})/g;
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          const normalized = this.toNormalizedString();
          const string = normalized.slice(0, normalized.length - suffix.length);
          let bestMatchIndex = 0;
          let bestMatchLength = -1;
          let bestMatchGroups = -1;
          let match2;
          while (match2 = regex.exec(string)) {
            const groups = (match2[0].match(/0/g) || []).length;
            if (groups > bestMatchGroups) {
              bestMatchGroups = groups;
              bestMatchIndex = match2.index;
              bestMatchLength = match2[0].length;
            }
          }
          if (bestMatchLength < 0) {
            return string + suffix;
          }
          return `${string.substring(0, bestMatchIndex)}::${string.substring(bestMatchIndex + bestMatchLength)}${suffix}`;
        };
        IPv6.prototype.toString = function() {
          return this.toRFC5952String();
        };
        return IPv6;
      })();
      ipaddr2.IPv6.broadcastAddressFromCIDR = function(string) {
        try {
          const cidr = this.parseCIDR(string);
          const ipInterfaceOctets = cidr[0].toByteArray();
          const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          const octets = [];
          let i2 = 0;
          while (i2 < 16) {
            octets.push(parseInt(ipInterfaceOctets[i2], 10) | parseInt(subnetMaskOctets[i2], 10) ^ 255);
            i2++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv6.isIPv6 = function(string) {
        return this.parser(string) !== null;
      };
      ipaddr2.IPv6.isValid = function(string) {
        if (typeof string === "string" && string.indexOf(":") === -1) {
          return false;
        }
        try {
          const addr2 = this.parser(string);
          new this(addr2.parts, addr2.zoneId);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv6.isValidCIDR = function(string) {
        if (typeof string === "string" && string.indexOf(":") === -1) {
          return false;
        }
        try {
          this.parseCIDR(string);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv6.networkAddressFromCIDR = function(string) {
        let cidr, i2, ipInterfaceOctets, octets, subnetMaskOctets;
        try {
          cidr = this.parseCIDR(string);
          ipInterfaceOctets = cidr[0].toByteArray();
          subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          octets = [];
          i2 = 0;
          while (i2 < 16) {
            octets.push(parseInt(ipInterfaceOctets[i2], 10) & parseInt(subnetMaskOctets[i2], 10));
            i2++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv6.parse = function(string) {
        const addr2 = this.parser(string);
        if (addr2 === null) {
          throw new Error("ipaddr: string is not formatted like an IPv6 Address");
        }
        return new this(addr2.parts, addr2.zoneId);
      };
      ipaddr2.IPv6.parseCIDR = function(string) {
        let maskLength, match2, parsed;
        if (match2 = string.match(/^(.+)\/(\d+)$/)) {
          maskLength = parseInt(match2[2]);
          if (maskLength >= 0 && maskLength <= 128) {
            parsed = [this.parse(match2[1]), maskLength];
            Object.defineProperty(parsed, "toString", {
              value: function() {
                return this.join("/");
              }
            });
            return parsed;
          }
        }
        throw new Error("ipaddr: string is not formatted like an IPv6 CIDR range");
      };
      ipaddr2.IPv6.parser = function(string) {
        let addr2, i2, match2, octet, octets, zoneId;
        if (match2 = string.match(ipv6Regexes.deprecatedTransitional)) {
          return this.parser(`::ffff:${match2[1]}`);
        }
        if (ipv6Regexes.native.test(string)) {
          return expandIPv6(string, 8);
        }
        if (match2 = string.match(ipv6Regexes.transitional)) {
          zoneId = match2[6] || "";
          addr2 = match2[1];
          if (!match2[1].endsWith("::")) {
            addr2 = addr2.slice(0, -1);
          }
          addr2 = expandIPv6(addr2 + zoneId, 6);
          if (addr2 && addr2.parts) {
            octets = [
              parseInt(match2[2]),
              parseInt(match2[3]),
              parseInt(match2[4]),
              parseInt(match2[5])
            ];
            for (i2 = 0; i2 < octets.length; i2++) {
              octet = octets[i2];
              if (!(0 <= octet && octet <= 255)) {
                return null;
              }
            }
            addr2.parts.push(octets[0] << 8 | octets[1]);
            addr2.parts.push(octets[2] << 8 | octets[3]);
            return {
              parts: addr2.parts,
              zoneId: addr2.zoneId
            };
          }
        }
        return null;
      };
      ipaddr2.IPv6.subnetMaskFromPrefixLength = function(prefix2) {
        prefix2 = parseInt(prefix2);
        if (Number.isNaN(prefix2) || prefix2 < 0 || prefix2 > 128) {
          throw new Error("ipaddr: invalid IPv6 prefix length");
        }
        const octets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix2 / 8);
        while (j < filledOctetCount) {
          octets[j] = 255;
          j++;
        }
        if (filledOctetCount < 16) {
          octets[filledOctetCount] = Math.pow(2, prefix2 % 8) - 1 << 8 - prefix2 % 8;
        }
        return new this(octets);
      };
      ipaddr2.fromByteArray = function(bytes) {
        const length = bytes.length;
        if (length === 4) {
          return new ipaddr2.IPv4(bytes);
        } else if (length === 16) {
          return new ipaddr2.IPv6(bytes);
        } else {
          throw new Error("ipaddr: the binary input is neither an IPv6 nor IPv4 address");
        }
      };
      ipaddr2.isValid = function(string) {
        return ipaddr2.IPv6.isValid(string) || ipaddr2.IPv4.isValid(string);
      };
      ipaddr2.isValidCIDR = function(string) {
        return ipaddr2.IPv6.isValidCIDR(string) || ipaddr2.IPv4.isValidCIDR(string);
      };
      ipaddr2.parse = function(string) {
        if (ipaddr2.IPv6.isValid(string)) {
          return ipaddr2.IPv6.parse(string);
        } else if (ipaddr2.IPv4.isValid(string)) {
          return ipaddr2.IPv4.parse(string);
        } else {
          throw new Error("ipaddr: the address has neither IPv6 nor IPv4 format");
        }
      };
      ipaddr2.parseCIDR = function(string) {
        try {
          return ipaddr2.IPv6.parseCIDR(string);
        } catch {
          try {
            return ipaddr2.IPv4.parseCIDR(string);
          } catch (e) {
            throw new Error("ipaddr: the address has neither IPv6 nor IPv4 CIDR format", { cause: e });
          }
        }
      };
      ipaddr2.process = function(string) {
        const addr2 = this.parse(string);
        if (addr2.kind() === "ipv6" && addr2.isIPv4MappedAddress()) {
          return addr2.toIPv4Address();
        } else {
          return addr2;
        }
      };
      ipaddr2.subnetMatch = function(address, rangeList, defaultName) {
        let i2, rangeName, rangeSubnets, subnet;
        if (defaultName === void 0 || defaultName === null) {
          defaultName = "unicast";
        }
        for (rangeName in rangeList) {
          if (Object.prototype.hasOwnProperty.call(rangeList, rangeName)) {
            rangeSubnets = rangeList[rangeName];
            if (rangeSubnets[0] && !(rangeSubnets[0] instanceof Array)) {
              rangeSubnets = [rangeSubnets];
            }
            for (i2 = 0; i2 < rangeSubnets.length; i2++) {
              subnet = rangeSubnets[i2];
              if (address.kind() === subnet[0].kind() && address.match.apply(address, subnet)) {
                return rangeName;
              }
            }
          }
        }
        return defaultName;
      };
      if (typeof module2 !== "undefined" && module2.exports) {
        module2.exports = ipaddr2;
      } else {
        root.ipaddr = ipaddr2;
      }
    })(exports);
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key2, node, visitor, path2) {
      const ctrl = callVisitor(key2, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path2, ctrl);
        return visit_(key2, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = visit_(i2, node.items[i2], visitor, path2);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key2, node, visitor, path2) {
      const ctrl = await callVisitor(key2, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path2, ctrl);
        return visitAsync_(key2, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = await visitAsync_(i2, node.items[i2], visitor, path2);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key2, node, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key2, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key2, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key2, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key2, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key2, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key2, node, path2);
      return void 0;
    }
    function replaceNode(key2, path2, node) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key2] = node;
      } else if (identity.isPair(parent)) {
        if (key2 === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts2 = line.trim().split(/[ \t]+/);
        const name2 = parts2.shift();
        switch (name2) {
          case "%TAG": {
            if (parts2.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts2.length < 2)
                return false;
            }
            const [handle2, prefix2] = parts2;
            this.tags[handle2] = prefix2;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts2.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts2;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name2}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle2, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix2 = this.tags[handle2];
        if (prefix2) {
          try {
            return prefix2 + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle2 === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle2, prefix2] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix2))
            return handle2 + escapeTagName(tag.substring(prefix2.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle2, prefix2] of tagEntries) {
          if (handle2 === "!!" && prefix2 === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix2)))
            lines.push(`%TAG ${handle2} ${prefix2}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix2, exclude) {
      for (let i2 = 1; true; ++i2) {
        const name2 = `${prefix2}${i2}`;
        if (!exclude.has(name2))
          return name2;
      }
    }
    function createNodeAnchors(doc, prefix2) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix2, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key2, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i2 = 0, len = val.length; i2 < len; ++i2) {
            const v0 = val[i2];
            const v1 = applyReviver(reviver, val, String(i2), v0);
            if (v1 === void 0)
              delete val[i2];
            else if (v1 !== v0)
              val[i2] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key2, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i2) => toJS(v, String(i2), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node2 = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node2.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node2 = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node2.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match2 = tags.filter((t) => t.tag === tagName);
        const tagObj = match2.find((t) => !t.format) ?? match2[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node2 = require_Node();
    function collectionFromPath(schema, path2, value) {
      let v = value;
      for (let i2 = path2.length - 1; i2 >= 0; --i2) {
        const k = path2[i2];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node2.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          const [key2, ...rest] = path2;
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key2, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key2);
        const node = this.get(key2, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key2, ...rest] = path2;
        const node = this.get(key2, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key2, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key2);
        const node = this.get(key2, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        const [key2, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key2, value);
        } else {
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i2 = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i2 = consumeMoreIndentedLines(text, i2, indent.length);
        if (i2 !== -1)
          end = i2 + endStep;
      }
      for (let ch; ch = text[i2 += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i2;
          switch (text[i2 + 1]) {
            case "x":
              i2 += 3;
              break;
            case "u":
              i2 += 5;
              break;
            case "U":
              i2 += 9;
              break;
            default:
              i2 += 1;
          }
          escEnd = i2;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i2 = consumeMoreIndentedLines(text, i2, indent.length);
          end = i2 + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i2 + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i2;
          }
          if (i2 >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i2 += 1];
                overflow = true;
              }
              const j = i2 > escEnd + 1 ? i2 - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i3 = 0; i3 < folds.length; ++i3) {
        const fold2 = folds[i3];
        const end2 = folds[i3 + 1] || text.length;
        if (fold2 === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold2])
            res += `${text[fold2]}\\`;
          res += `
${indent}${text.slice(fold2 + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i2, indent) {
      let end = i2;
      let start2 = i2 + 1;
      let ch = text[start2];
      while (ch === " " || ch === "	") {
        if (i2 < start2 + indent) {
          ch = text[++i2];
        } else {
          do {
            ch = text[++i2];
          } while (ch && ch !== "\n");
          end = i2;
          start2 = i2 + 1;
          ch = text[start2];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i2 = 0, start2 = 0; i2 < strLen; ++i2) {
        if (str2[i2] === "\n") {
          if (i2 - start2 > limit)
            return true;
          start2 = i2 + 1;
          if (strLen - start2 <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start2 = 0;
      for (let i2 = 0, ch = json[i2]; ch; ch = json[++i2]) {
        if (ch === " " && json[i2 + 1] === "\\" && json[i2 + 2] === "n") {
          str2 += json.slice(start2, i2) + "\\ ";
          i2 += 1;
          start2 = i2;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i2 + 1]) {
            case "u":
              {
                str2 += json.slice(start2, i2);
                const code3 = json.substr(i2 + 2, 4);
                switch (code3) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code3.substr(0, 2) === "00")
                      str2 += "\\x" + code3.substr(2);
                    else
                      str2 += json.substr(i2, 6);
                }
                i2 += 5;
                start2 = i2 + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i2 + 2] === '"' || json.length < minMultiLineLength) {
                i2 += 1;
              } else {
                str2 += json.slice(start2, i2) + "\n\n";
                while (json[i2 + 2] === "\\" && json[i2 + 3] === "n" && json[i2 + 4] !== '"') {
                  str2 += "\n";
                  i2 += 2;
                }
                str2 += indent;
                if (json[i2 + 2] === " ")
                  str2 += "\\";
                i2 += 1;
                start2 = i2 + 1;
              }
              break;
            default:
              i2 += 1;
          }
      }
      str2 = start2 ? str2 + json.slice(start2) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal3 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal3 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start2 = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start2) {
        value = value.substring(start2.length);
        start2 = start2.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal3) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body2 = foldFlowLines.foldFlowLines(`${start2}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body2}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start2}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match2 = tags.filter((t) => t.tag === item.tag);
        if (match2.length > 0)
          return match2.find((t) => t.format === item.format) ?? match2[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match2 = tags.filter((t) => t.identify?.(obj));
        if (match2.length > 1) {
          const testMatch = match2.filter((t) => t.test);
          if (testMatch.length > 0)
            match2 = testMatch;
        }
        tagObj = match2.find((t) => t.format === item.format) ?? match2.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name2 = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name2} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key: key2, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key2) && key2.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key2) || !identity.isNode(key2) && typeof key2 === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key2 || keyComment && value == null && !ctx.inFlow || identity.isCollection(key2) || (identity.isScalar(key2) ? key2.type === Scalar.Scalar.BLOCK_FOLDED || key2.type === Scalar.Scalar.BLOCK_LITERAL : typeof key2 === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key2, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key2) => (merge.identify(key2) || identity.isScalar(key2) && (!key2.type || key2.type === Scalar.Scalar.PLAIN) && merge.identify(key2.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key2, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key2))
            map.set(key2, value2);
        } else if (map instanceof Set) {
          map.add(key2);
        } else if (!Object.prototype.hasOwnProperty.call(map, key2)) {
          Object.defineProperty(map, key2, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key: key2, value }) {
      if (identity.isNode(key2) && key2.addToJSMap)
        key2.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key2))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key2, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key2, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key2, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key2) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key2.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key2, value, ctx) {
      const k = createNode.createNode(key2, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key2, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key2;
        this.value = value;
      }
      clone(schema) {
        let { key: key2, value } = this;
        if (identity.isNode(key2))
          key2 = key2.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key2, value);
      }
      toJSON(_, ctx) {
        const pair2 = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair2, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection2, ctx, options) {
      const flow = ctx.inFlow ?? collection2.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection2, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i2 = 1; i2 < lines.length; ++i2) {
          const line = lines[i2];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i2 < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start: start2, end } = flowChars;
      if (lines.length === 0) {
        return start2 + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start2;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start2}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key2) {
      const k = identity.isScalar(key2) ? key2.value : key2;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key2 || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key2, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key2, value);
          else if (Array.isArray(replacer) && !replacer.includes(key2))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key2, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key2, value] of obj)
            add(key2, value);
        } else if (obj && typeof obj === "object") {
          for (const key2 of Object.keys(obj))
            add(key2, obj[key2]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair2, overwrite) {
        let _pair;
        if (identity.isPair(pair2))
          _pair = pair2;
        else if (!pair2 || typeof pair2 !== "object" || !("key" in pair2)) {
          _pair = new Pair.Pair(pair2, pair2?.value);
        } else
          _pair = new Pair.Pair(pair2.key, pair2.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i2 = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i2 === -1)
            this.items.push(_pair);
          else
            this.items.splice(i2, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key2) {
        const it = findPair(this.items, key2);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const it = findPair(this.items, key2);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key2) {
        return !!findPair(this.items, key2);
      }
      set(key2, value) {
        this.add(new Pair.Pair(key2, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key2) {
        const idx = asItemIndex(key2);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key2, value) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key2}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i2 = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i2++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i2 = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key2 = obj instanceof Set ? it : String(i2++);
              it = replacer.call(obj, key2, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key2) {
      let idx = identity.isScalar(key2) ? key2.value : key2;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i2 = n.indexOf(".");
        if (i2 < 0) {
          i2 = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i2 - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix2 + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i2 = 0; i2 < str2.length; ++i2)
            buffer[i2] = str2.charCodeAt(i2);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i2 = 0; i2 < buf.length; ++i2)
            s += String.fromCharCode(buf[i2]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i2 = 0, o = 0; i2 < n; ++i2, o += lineWidth) {
            lines[i2] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i2 = 0; i2 < seq.items.length; ++i2) {
          let item = seq.items[i2];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair2 = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair2.key.commentBefore = pair2.key.commentBefore ? `${item.commentBefore}
${pair2.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair2.value ?? pair2.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair2;
          }
          seq.items[i2] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i2 = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i2++), it);
          let key2, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key2 = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key2 = keys[0];
              value = it[key2];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key2 = it;
          }
          pairs2.items.push(Pair.createPair(key2, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair2 of this.items) {
          let key2, value;
          if (identity.isPair(pair2)) {
            key2 = toJS.toJS(pair2.key, "", ctx);
            value = toJS.toJS(pair2.value, key2, ctx);
          } else {
            key2 = toJS.toJS(pair2, "", ctx);
          }
          if (map.has(key2))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key2, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key: key2 } of pairs$1.items) {
          if (identity.isScalar(key2)) {
            if (seenKeys.includes(key2.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key2.value}`);
            } else {
              seenKeys.push(key2.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix2 + str2.substr(1) : prefix2 + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key2) {
        let pair2;
        if (identity.isPair(key2))
          pair2 = key2;
        else if (key2 && typeof key2 === "object" && "key" in key2 && "value" in key2 && key2.value === null)
          pair2 = new Pair.Pair(key2.key, null);
        else
          pair2 = new Pair.Pair(key2, null);
        const prev = YAMLMap.findPair(this.items, pair2.key);
        if (!prev)
          this.items.push(pair2);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key2, keepPair) {
        const pair2 = YAMLMap.findPair(this.items, key2);
        return !keepPair && identity.isPair(pair2) ? identity.isScalar(pair2.key) ? pair2.key.value : pair2.key : pair2;
      }
      set(key2, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key2);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key2));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts2 = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts2.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts2 = [value % _60];
      if (value < 60) {
        parts2.unshift(0);
      } else {
        value = (value - parts2[0]) / _60;
        parts2.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts2[0]) / _60;
          parts2.unshift(value);
        }
      }
      return sign + parts2.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match2 = str2.match(timestamp.test);
        if (!match2)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match2.map(Number);
        const millisec = match2[7] ? Number((match2[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match2[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary2 = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary2.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary2 = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary2.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key2) => key2 !== "yaml11").map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body2 = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body2 += stringifyComment.lineComment(body2, "", commentString(contentComment));
        if ((body2[0] === "|" || body2[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body2}`;
        } else
          lines.push(body2);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name2) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name2 || prev.has(name2) ? anchors.findNewAnchor(name2 || "a", prev) : name2;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key2, value, options = {}) {
        const k = this.createNode(key2, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        return assertCollection(this.contents) ? this.contents.delete(key2) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key2, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key2, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key2) {
        return identity.isCollection(this.contents) ? this.contents.has(key2) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key2, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key2], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key2, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name2, pos, code3, message) {
        super();
        this.name = name2;
        this.code = code3;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code3, message) {
        super("YAMLParseError", pos, code3, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code3, message) {
        super("YAMLWarning", pos, code3, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start2 = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start2 ?? (start2 = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start2 ?? (start2 = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start2 ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key2) {
      if (!key2)
        return null;
      switch (key2.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key2.source.includes("\n"))
            return true;
          if (key2.end) {
            for (const st of key2.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key2.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair2) => isEqual(pair2.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start: start2, key: key2, sep: sep6, value } = collItem;
        const keyProps = resolveProps.resolveProps(start2, {
          indicator: "explicit-key-ind",
          next: key2 ?? sep6?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key2) {
            if (key2.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key2 && key2.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep6) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key2)) {
            onError(key2 ?? start2[start2.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key2 ? composeNode(ctx, key2, keyProps, onError) : composeEmptyNode(ctx, keyStart, start2, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key2, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep6 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key2 || key2.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep6, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start: start2, value } of bs.items) {
        const props = resolveProps.resolveProps(start2, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start2, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep6 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep6 + cb;
              sep6 = "";
              break;
            }
            case "newline":
              if (comment)
                sep6 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i2 = 0; i2 < fc.items.length; ++i2) {
        const collItem = fc.items[i2];
        const { start: start2, key: key2, sep: sep6, value } = collItem;
        const props = resolveProps.resolveProps(start2, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key2 ?? sep6?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep6 && !value) {
            if (i2 === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i2 < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key2))
            onError(
              key2,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i2 === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start2) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep6 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep6, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key2 ? composeNode(ctx, key2, props, onError) : composeEmptyNode(ctx, keyStart, start2, null, props, onError);
          if (isBlock(key2))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep6 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep6)
                for (const st of sep6) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep6, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair2);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair2);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name2 = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name2} must end with a ${expectedEnd}` : `${name2} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start2 = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start2, start2, start2] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i2 = lines.length - 1; i2 >= 0; --i2) {
        const content = lines[i2][1];
        if (content === "" || content === "\r")
          chompStart = i2;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start2 + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start2, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i2 = 0; i2 < chompStart; ++i2) {
        const [indent, content] = lines[i2];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i2;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i2 = lines.length - 1; i2 >= chompStart; --i2) {
        if (lines[i2][0].length > trimIndent)
          chompStart = i2 + 1;
      }
      let value = "";
      let sep6 = "";
      let prevMoreIndented = false;
      for (let i2 = 0; i2 < contentStart; ++i2)
        value += lines[i2][0].slice(trimIndent) + "\n";
      for (let i2 = contentStart; i2 < chompStart; ++i2) {
        let [indent, content] = lines[i2];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep6 + indent.slice(trimIndent) + content;
          sep6 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep6 === " ")
            sep6 = "\n";
          else if (!prevMoreIndented && sep6 === "\n")
            sep6 = "\n\n";
          value += sep6 + indent.slice(trimIndent) + content;
          sep6 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep6 === "\n")
            value += "\n";
          else
            sep6 = "\n";
        } else {
          value += sep6 + content;
          sep6 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i2 = chompStart; i2 < lines.length; ++i2)
            value += "\n" + lines[i2][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start2 + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start2, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i2 = 1; i2 < source.length; ++i2) {
        const ch = source[i2];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i2;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i2 = 1; i2 < props.length; ++i2) {
        const token = props[i2];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i2 = 1; i2 < split.length; i2 += 2)
        lines.push([split[i2], split[i2 + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code3, msg) => onError(offset + rel, code3, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match2 = line.exec(source);
      if (!match2)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match2[1].replace(trimEnd, "");
      let sep6 = " ";
      let pos = line.lastIndex;
      while (match2 = line.exec(source)) {
        const lm = match2[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep6 === "\n")
            res += sep6;
          else
            sep6 = "\n";
        } else {
          res += sep6 + lm;
          sep6 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match2 = last.exec(source);
      return res + sep6 + (match2?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i2 = 1; i2 < source.length - 1; ++i2) {
        const ch = source[i2];
        if (ch === "\r" && source[i2 + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold: fold2, offset } = foldNewline(source, i2);
          res += fold2;
          i2 = offset;
        } else if (ch === "\\") {
          let next = source[++i2];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i2 + 1];
            while (next === " " || next === "	")
              next = source[++i2 + 1];
          } else if (next === "\r" && source[i2 + 1] === "\n") {
            next = source[++i2 + 1];
            while (next === " " || next === "	")
              next = source[++i2 + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i2 + 1, length, onError);
            i2 += length;
          } else {
            const raw = source.substr(i2 - 1, 2);
            onError(i2 - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i2;
          let next = source[i2 + 1];
          while (next === " " || next === "	")
            next = source[++i2 + 1];
          if (next !== "\n" && !(next === "\r" && source[i2 + 2] === "\n"))
            res += i2 > wsStart ? source.slice(wsStart, i2 + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold2 = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold2 += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold2)
        fold2 = " ";
      return { fold: fold2, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code3 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code3);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i2 = pos - 1; i2 >= 0; --i2) {
          let st = before[i2];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i2];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i2];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start: start2, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start2, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start2, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i2 = 0; i2 < prelude.length; ++i2) {
        const source = prelude[i2];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i2 + 1]?.[0] !== "#")
              i2 += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code3, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code3, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code3, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i2 = 0; i2 < this.errors.length; ++i2)
            doc.errors.push(this.errors[i2]);
          for (let i2 = 0; i2 < this.warnings.length; ++i2)
            doc.warnings.push(this.warnings[i2]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code3, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code3, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code3, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body2 = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body2 };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body2 = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body2;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key2 of Object.keys(token))
          if (key2 !== "type" && key2 !== "offset")
            delete token[key2];
        Object.assign(token, { type: "block-scalar", indent, props, source: body2 });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key2 of Object.keys(token))
            if (key2 !== "type" && key2 !== "offset")
              delete token[key2];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start: start2, key: key2, sep: sep6, value }) {
      let res = "";
      for (const st of start2)
        res += st.source;
      if (key2)
        res += stringifyToken(key2);
      if (sep6)
        for (const st of sep6)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field, index] of path2) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path2) => {
      const parent = visit.itemAtPath(cst, path2.slice(0, -1));
      const field = path2[path2.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i2 = 0; i2 < token.items.length; ++i2) {
            const ci = _visit(Object.freeze(path2.concat([[field, i2]])), token.items[i2], visitor);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i2, 1);
              i2 -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i2];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i2 + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i2 = this.pos;
        while (true) {
          const ch = this.buffer[++i2];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i3 = this.pos; ch = this.buffer[i3]; ++i3) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i3;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i3 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i2 = nl + 1;
        ch = this.buffer[i2];
        while (ch === " ")
          ch = this.buffer[++i2];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i2];
          nl = i2 - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i3 = nl - 1;
            let ch2 = this.buffer[i3];
            if (ch2 === "\r")
              ch2 = this.buffer[--i3];
            const lastChar = i3;
            while (ch2 === " ")
              ch2 = this.buffer[--i3];
            if (ch2 === "\n" && i3 >= this.pos && i3 + 1 + indent > lastChar)
              nl = i3;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i2 = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i2]) {
          if (ch === ":") {
            const next = this.buffer[i2 + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i2;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i2 + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i2 += 1;
                ch = "\n";
                next = this.buffer[i2 + 1];
              } else
                end = i2;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i2 + 1);
              if (cs === -1)
                break;
              i2 = Math.max(i2, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i2;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i2, allowEmpty) {
        const s = this.buffer.slice(this.pos, i2);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i2 = this.pos + 2;
          let ch = this.buffer[i2];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i2];
          return yield* this.pushToIndex(ch === ">" ? i2 + 1 : i2, false);
        } else {
          let i2 = this.pos + 1;
          let ch = this.buffer[i2];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i2];
            else if (ch === "%" && hexDigits.has(this.buffer[i2 + 1]) && hexDigits.has(this.buffer[i2 + 2])) {
              ch = this.buffer[i2 += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i2, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i2 = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i2];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i2 - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i2;
        }
        return n;
      }
      *pushUntil(test) {
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (!test(ch))
          ch = this.buffer[++i2];
        return yield* this.pushToIndex(i2, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start2 = this.lineStarts[low - 1];
          return { line: low, col: offset - start2 + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i2 = 0; i2 < list.length; ++i2)
        if (list[i2].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i2 = 0; i2 < list.length; ++i2) {
        switch (list[i2].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i2;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i2 = prev.length;
      loop: while (--i2 >= 0) {
        switch (prev[i2].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i2]?.type === "space") {
      }
      return prev.splice(i2, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i2 = 0; i2 < source.length; ++i2)
          target.push(source[i2]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start2 = getFirstKeyStartProps(prev);
          let sep6;
          if (scalar.end) {
            sep6 = scalar.end;
            sep6.push(this.sourceToken);
            delete scalar.end;
          } else
            sep6 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start: start2, key: scalar, sep: sep6 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start2 = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i2 = 0; i2 < it.sep.length; ++i2) {
              const st = it.sep[i2];
              switch (st.type) {
                case "newline":
                  nl.push(i2);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start2 = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start2.push(this.sourceToken);
                map.items.push({ start: start2 });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start2.push(this.sourceToken);
                map.items.push({ start: start2, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start3 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start3, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start3 = getFirstKeyStartProps(it.start);
                  const key2 = it.key;
                  const sep6 = it.sep;
                  sep6.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start3, key: key2, sep: sep6 }]
                  });
                } else if (start2.length > 0) {
                  it.sep = it.sep.concat(start2, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start: start2, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start: start2, key: fs2, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs2);
              } else {
                Object.assign(it, { key: fs2, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start: start2 });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs2, sep: [] });
              else if (it.sep)
                this.stack.push(fs2);
              else
                Object.assign(it, { key: fs2, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep6 = fc.end.splice(1, fc.end.length);
            sep6.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start: start2, key: fc, sep: sep6 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            start2.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: start2, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: start2, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start2, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start2.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser2 = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser2.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser2.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser2 = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser2.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/cli/main.ts
import { readFile as readFile4, realpath, stat as stat2, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";

// src/lib/cidr.ts
var import_ipaddr = __toESM(require_ipaddr(), 1);
var BITS = { 4: 32, 6: 128 };
function toBigInt(bytes) {
  let n = 0n;
  for (const b of bytes) n = n << 8n | BigInt(b);
  return n;
}
function parseCidr(text) {
  const cached = cache.get(text);
  if (cached !== void 0) return cached;
  const parsed = parseUncached(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, parsed);
  return parsed;
}
var CACHE_LIMIT = 1e4;
var cache = /* @__PURE__ */ new Map();
function parseUncached(text) {
  const trimmed = text.trim();
  const slash = trimmed.indexOf("/");
  const addrText = slash === -1 ? trimmed : trimmed.slice(0, slash);
  const prefixText = slash === -1 ? null : trimmed.slice(slash + 1);
  let family;
  let addr2;
  if (import_ipaddr.default.IPv4.isValidFourPartDecimal(addrText)) {
    family = 4;
    addr2 = import_ipaddr.default.IPv4.parse(addrText);
  } else if (import_ipaddr.default.IPv6.isValid(addrText) && addrText.includes(":")) {
    family = 6;
    addr2 = import_ipaddr.default.IPv6.parse(addrText);
  } else {
    return null;
  }
  const bits = BITS[family];
  let prefix2 = bits;
  if (prefixText !== null) {
    if (!/^\d{1,3}$/.test(prefixText)) return null;
    prefix2 = Number(prefixText);
    if (prefix2 > bits) return null;
  }
  const value = toBigInt(addr2.toByteArray());
  const hostBits = BigInt(bits - prefix2);
  const mask = (1n << BigInt(bits)) - 1n ^ (1n << hostBits) - 1n;
  const first = value & mask;
  const last = first | (1n << hostBits) - 1n;
  const network = family === 4 ? import_ipaddr.default.IPv4.networkAddressFromCIDR(`${addrText}/${prefix2}`) : import_ipaddr.default.IPv6.networkAddressFromCIDR(`${addrText}/${prefix2}`);
  return { family, cidr: `${network.toString()}/${prefix2}`, prefix: prefix2, first, last };
}
function coversWholeFamily(cidrs, family) {
  const ranges = cidrs.filter((c) => c.family === family).map((c) => [c.first, c.last]);
  if (ranges.length === 0) return false;
  ranges.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const end = (1n << BigInt(BITS[family])) - 1n;
  let next = 0n;
  for (const [first, last] of ranges) {
    if (first > next) return false;
    if (last + 1n > next) next = last + 1n;
    if (next > end) return true;
  }
  return false;
}

// src/lib/protocol.ts
var BY_NAME = {
  "-1": "all",
  all: "all",
  tcp: "tcp",
  "6": "tcp",
  udp: "udp",
  "17": "udp",
  icmp: "icmp",
  "1": "icmp",
  icmpv6: "icmpv6",
  "icmp-v6": "icmpv6",
  "58": "icmpv6"
};
function normaliseProtocol(value) {
  if (value === null || value === void 0) return "unknown";
  let text;
  if (typeof value === "number") {
    if (!Number.isInteger(value)) return null;
    text = String(value);
  } else if (typeof value === "string") {
    text = value.trim().toLowerCase();
  } else {
    return null;
  }
  const named3 = BY_NAME[text];
  if (named3) return named3;
  if (/^\d{1,3}$/.test(text)) {
    const n = Number(text);
    if (n >= 0 && n <= 255) return String(n);
  }
  return null;
}
function hasPorts(protocol) {
  return protocol === "tcp" || protocol === "udp";
}

// src/lib/ports.ts
var MIN_PORT = 0;
var MAX_PORT = 65535;
function parsePortRange(spec) {
  if (typeof spec === "number") {
    return Number.isInteger(spec) && spec >= MIN_PORT && spec <= MAX_PORT ? { from: spec, to: spec } : null;
  }
  const m = /^\s*(\d{1,5})\s*(?:-\s*(\d{1,5})\s*)?$/.exec(spec);
  if (!m) return null;
  const from = Number(m[1]);
  const to = m[2] === void 0 ? from : Number(m[2]);
  if (from > to || to > MAX_PORT) return null;
  return { from, to };
}
function reachesPorts(p, protocol, range2) {
  if (p.protocol === "all") return true;
  if (p.protocol !== protocol) return false;
  if (p.fromPort === null || p.toPort === null) return false;
  return p.fromPort <= range2.to && p.toPort >= range2.from;
}
function overlap(p, range2) {
  const from = p.fromPort ?? MIN_PORT;
  const to = p.toPort ?? MAX_PORT;
  const lo = Math.max(from, range2.from);
  const hi = Math.min(to, range2.to);
  return lo <= hi ? { from: lo, to: hi } : null;
}
function isAllTraffic(p) {
  if (p.protocol === "all") return true;
  return hasPorts(p.protocol) && p.fromPort === MIN_PORT && p.toPort === MAX_PORT;
}
function formatRange(r) {
  return r.from === r.to ? String(r.from) : `${r.from}-${r.to}`;
}
var PROTOCOL_NAMES = {
  "4": "ipv4-in-ipv4",
  "41": "ipv6-in-ipv4",
  "47": "gre",
  "50": "esp",
  "51": "ah",
  "132": "sctp"
};
function describeTraffic(traffic2) {
  const { protocol, fromPort, toPort } = traffic2;
  switch (protocol) {
    case null:
      return null;
    case "all":
      return "all traffic";
    case "icmp":
    case "icmpv6":
      return protocol;
    case "unknown":
      return "protocol unknown";
    case "tcp":
    case "udp":
      if (fromPort == null || toPort == null) return `ports unknown/${protocol}`;
      if (fromPort <= MIN_PORT && toPort >= MAX_PORT) return `all ports/${protocol}`;
      if (fromPort === toPort) return `${fromPort}/${protocol}`;
      return `${fromPort}-${toPort}/${protocol}`;
    default: {
      const name2 = PROTOCOL_NAMES[protocol];
      return name2 ? `protocol ${protocol} (${name2})` : `protocol ${protocol}`;
    }
  }
}

// src/rules/options.ts
var OPTION_NAMES = ["trusted-cidrs", "allowed-public-ports", "max-public-prefix", "max-port-range"];
var OPTION_RULES = {
  "trusted-cidrs": ["admin-port-by-cidr", "admin-port-from-untrusted", "database-by-cidr", "wide-public-cidr"],
  "allowed-public-ports": ["public-port-not-allowed"],
  "max-public-prefix": ["wide-public-cidr"],
  "max-port-range": ["wide-port-range"]
};
var DEFAULT_ALLOWED_PUBLIC_PORTS = [80, 443];
var DEFAULT_MAX_PUBLIC_PREFIX = { ipv4: 24, ipv6: 56 };
var DEFAULT_MAX_PORT_RANGE = 100;
var fail = (error) => ({ ok: false, error });
var show = (v) => JSON.stringify(v) ?? String(v);
function readTrustedCidrs(v) {
  if (!Array.isArray(v)) return fail(`must be a list of CIDRs (e.g. ["203.0.113.0/24"]), not ${show(v)}`);
  const out2 = [];
  for (const [i2, item] of v.entries()) {
    const c = typeof item === "string" ? parseCidr(item) : null;
    if (!c) return fail(`[${i2}] ${show(item)} is not a CIDR (e.g. 203.0.113.0/24 or 2001:db8::/48)`);
    if (c.prefix === 0) return fail(`[${i2}] ${show(item)} is the whole internet, which cannot be trusted`);
    out2.push(c);
  }
  return { ok: true, value: out2 };
}
function readPortList(v) {
  if (!Array.isArray(v)) return fail(`must be a list of ports or ranges (e.g. [80, 443, "8000-8080"]), not ${show(v)}`);
  const out2 = [];
  for (const [i2, item] of v.entries()) {
    const r = typeof item === "number" || typeof item === "string" ? parsePortRange(item) : null;
    if (!r) return fail(`[${i2}] ${show(item)} is not a port (0-65535) or a range such as "8000-8080"`);
    out2.push(r);
  }
  return { ok: true, value: out2 };
}
function prefixIn(v, max) {
  return typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= max;
}
function readMaxPublicPrefix(v) {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return fail(`must be a mapping such as {ipv4: 24, ipv6: 56}, not ${show(v)}`);
  const obj = v;
  for (const key2 of Object.keys(obj)) {
    if (key2 !== "ipv4" && key2 !== "ipv6") return fail(`has unknown key "${key2}" (known: ipv4, ipv6)`);
  }
  const value = { ...DEFAULT_MAX_PUBLIC_PREFIX };
  if (obj.ipv4 !== void 0) {
    if (!prefixIn(obj.ipv4, 32)) return fail(`.ipv4 must be a prefix length from 0 to 32, not ${show(obj.ipv4)}`);
    value.ipv4 = obj.ipv4;
  }
  if (obj.ipv6 !== void 0) {
    if (!prefixIn(obj.ipv6, 128)) return fail(`.ipv6 must be a prefix length from 0 to 128, not ${show(obj.ipv6)}`);
    value.ipv6 = obj.ipv6;
  }
  return { ok: true, value };
}
function readMaxPortRange(v) {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 1 || v > 65536) return fail(`must be a whole number of ports from 1 to 65536, not ${show(v)}`);
  return { ok: true, value: v };
}
var OPTION_READERS = {
  "trusted-cidrs": readTrustedCidrs,
  "allowed-public-ports": readPortList,
  "max-public-prefix": readMaxPublicPrefix,
  "max-port-range": readMaxPortRange
};
function option(options, name2, read2, fallback) {
  const raw = options[name2];
  if (raw === void 0) return fallback;
  const r = read2(raw);
  if (!r.ok) throw new Error(`option ${name2} ${r.error}`);
  return r.value;
}
function describePorts(ranges) {
  return ranges.length === 0 ? "none" : ranges.map(formatRange).join(", ");
}

// src/lib/peer.ts
function describePeer(peer) {
  switch (peer.kind) {
    case "cidr":
      return peer.value.trim() === peer.cidr ? peer.cidr : `${peer.value.trim()} (${peer.cidr})`;
    case "prefix-list":
      return peer.id;
    case "security-group":
      if (peer.candidates) return `one of ${peer.candidates.join(", ")}`;
      return [peer.owner ? `${peer.owner}/` : "", peer.address ?? peer.id ?? "unknown group"].join("");
    case "self":
      return "self";
    case "unknown":
      return peer.reason ? `invalid (${peer.attribute}: ${peer.reason})` : `unknown until apply (${peer.attribute})`;
  }
}
function peerKey(peer) {
  switch (peer.kind) {
    case "cidr":
      return peer.cidr;
    case "prefix-list":
      return peer.id;
    case "security-group":
      return peer.candidates ? `one-of:${peer.candidates.join(",")}` : peer.address ?? peer.id ?? "?";
    case "self":
      return "self";
    case "unknown":
      return `unknown:${peer.attribute}`;
  }
}
function cidrOf(p) {
  return p.peer.kind === "cidr" ? parseCidr(p.peer.cidr) : null;
}
function isWholeInternet(peer) {
  return peer.kind === "cidr" && peer.prefix === 0;
}
function internetGrants(permissions) {
  const out2 = [];
  const byGroup = /* @__PURE__ */ new Map();
  for (const p of permissions) {
    if (p.peer.kind !== "cidr") continue;
    if (p.peer.prefix === 0) {
      out2.push({ permission: p });
      continue;
    }
    const key2 = `${p.securityGroup ?? p.securityGroupId ?? p.resource}|${p.direction}|${p.peer.family}`;
    const list = byGroup.get(key2) ?? [];
    list.push(p);
    byGroup.set(key2, list);
  }
  for (const list of byGroup.values()) {
    if (list.length < 2) continue;
    const cidrs = list.map(cidrOf).filter((c) => c !== null);
    const family = cidrs[0]?.family;
    if (family && coversWholeFamily(cidrs, family)) {
      for (const p of list) out2.push({ permission: p, together: list.filter((q) => q !== p) });
    }
  }
  return out2;
}

// src/lib/port-set.ts
var ALL_PORTS = { from: MIN_PORT, to: MAX_PORT };
function portRanges(ports) {
  return ports.map((p) => {
    const r = parsePortRange(p);
    if (!r) throw new Error(`bad port ${String(p)}`);
    return r;
  });
}
function mergeRanges(ranges) {
  const sorted = [...ranges].sort((a, b) => a.from - b.from || a.to - b.to);
  const out2 = [];
  for (const r of sorted) {
    const last = out2[out2.length - 1];
    if (last && r.from <= last.to + 1) last.to = Math.max(last.to, r.to);
    else out2.push({ ...r });
  }
  return out2;
}
function subtractRanges(ranges, minus) {
  let rest = mergeRanges(ranges);
  for (const m of mergeRanges(minus)) {
    const next = [];
    for (const r of rest) {
      if (m.to < r.from || m.from > r.to) {
        next.push(r);
        continue;
      }
      if (r.from < m.from) next.push({ from: r.from, to: m.from - 1 });
      if (r.to > m.to) next.push({ from: m.to + 1, to: r.to });
    }
    rest = next;
  }
  return rest;
}
function rangeSize(r) {
  return r.to - r.from + 1;
}
function permissionRange(p) {
  if (p.protocol === "all") return ALL_PORTS;
  if (p.protocol !== "tcp" && p.protocol !== "udp") return null;
  if (p.fromPort === null || p.toPort === null) return null;
  return { from: p.fromPort, to: p.toPort };
}
function reachedPorts(p, specs) {
  const labels = [];
  for (const spec of specs) {
    if (p.protocol !== "all" && (p.protocol !== spec.protocol || p.fromPort === null || p.toPort === null)) continue;
    for (const range2 of spec.ranges) {
      if (!reachesPorts(p, spec.protocol, range2)) continue;
      const opened = formatRange(overlap(p, range2) ?? range2);
      const label = p.protocol === "all" ? opened : `${opened}/${spec.protocol}`;
      if (!labels.includes(label)) labels.push(label);
    }
  }
  return labels;
}
var MAX_LISTED = 6;
function listLabels(labels) {
  const shown2 = labels.length > MAX_LISTED ? [...labels.slice(0, MAX_LISTED), `${labels.length - MAX_LISTED} more`] : labels;
  return shown2.join(", ");
}

// src/lib/exposure.ts
function internetExposure(permissions) {
  const out2 = /* @__PURE__ */ new Map();
  const add = (grant, piece) => {
    const list = out2.get(grant.permission) ?? [];
    list.push({ ...piece, together: grant.together ?? [] });
    out2.set(grant.permission, list);
  };
  const cidrs = permissions.filter((p) => p.peer.kind === "cidr");
  for (const protocol of ["tcp", "udp"]) {
    const reaching = cidrs.filter((p) => (p.protocol === "all" || p.protocol === protocol) && permissionRange(p) !== null);
    const candidates2 = internetGrants(reaching).map((g) => g.permission);
    if (candidates2.length === 0) continue;
    const cuts = /* @__PURE__ */ new Set([ALL_PORTS.from, ALL_PORTS.to + 1]);
    for (const p of candidates2) {
      const r = permissionRange(p);
      cuts.add(r.from);
      cuts.add(r.to + 1);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i2 = 0; i2 + 1 < points.length; i2++) {
      const range2 = { from: points[i2], to: points[i2 + 1] - 1 };
      const open2 = candidates2.filter((p) => {
        const r = permissionRange(p);
        return r.from <= range2.from && r.to >= range2.to;
      });
      for (const grant of internetGrants(open2)) add(grant, { protocol, range: range2 });
    }
  }
  const byTraffic = /* @__PURE__ */ new Map();
  for (const p of cidrs) {
    if (p.protocol === "all" || p.protocol === "tcp" || p.protocol === "udp" || p.protocol === "unknown") continue;
    const key2 = `${p.protocol}|${p.icmpType}|${p.icmpCode}`;
    byTraffic.set(key2, [...byTraffic.get(key2) ?? [], p]);
  }
  for (const list of byTraffic.values()) for (const grant of internetGrants(list)) add(grant, { protocol: "other", range: null });
  return out2;
}
function exposedRanges(pieces, protocol) {
  return mergeRanges(pieces.flatMap((x) => x.protocol === protocol && x.range ? [x.range] : []));
}
function unexposed(specs, pieces) {
  if (!pieces || pieces.length === 0) return specs;
  return specs.map((s) => ({ protocol: s.protocol, ranges: subtractRanges(s.ranges, exposedRanges(pieces, s.protocol)) }));
}
var CACHE = { ingress: /* @__PURE__ */ new WeakMap(), egress: /* @__PURE__ */ new WeakMap() };
function exposureOf(model, direction2) {
  let map = CACHE[direction2].get(model);
  if (!map) {
    map = internetExposure(model.permissions.filter((p) => p.direction === direction2));
    CACHE[direction2].set(model, map);
  }
  return map;
}
function ingressExposure(model) {
  return exposureOf(model, "ingress");
}

// src/rules/words.ts
function groupOf(p) {
  return p.securityGroup ?? p.securityGroupId ?? "a security group unknown until apply";
}
function fromOrTo(p) {
  return p.direction === "ingress" ? "from" : "to";
}

// src/rules/public-port-not-allowed.ts
var rule = {
  meta: {
    name: "public-port-not-allowed",
    severity: "medium",
    title: "Port open to the internet that is not allowed",
    description: "Ingress from the whole internet to a TCP or UDP port that is not in `allowed-public-ports` (80 and 443 unless configured), like AWS Security Hub EC2.18. Ports that a more specific rule reports (SSH, RDP, databases, remote administration, high-risk ports) are left to that rule.",
    why: "Every port open to the world is attack surface. Teams that publish only through load balancers on 80 and 443 catch every other public port here before it ships, and state the exceptions they accept in one place.",
    fix: "Publish the service through a load balancer on an allowed port, or admit the port only from the security groups or address ranges that need it; if the port is meant to be public, add it to `allowed-public-ports`.",
    references: [
      { title: "AWS Security Hub EC2.18: security groups should only allow unrestricted incoming traffic for authorized ports", url: "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-18" },
      { title: "AWS Config: vpc-sg-open-only-to-authorized-ports", url: "https://docs.aws.amazon.com/config/latest/developerguide/vpc-sg-open-only-to-authorized-ports.html" }
    ],
    messages: {
      open: "{{group}} allows {{ports}} from {{peer}}, which is the whole internet; allowed public ports: {{allowed}}",
      openTogether: "{{group}} allows {{ports}} from {{peer}}, which with {{others}} covers the whole internet; allowed public ports: {{allowed}}"
    },
    // One finding per permission: a more specific or broader rule that reports it says enough.
    supersededBy: ["no-public-all-traffic", "no-public-database", "no-public-high-risk-port", "no-public-rdp", "no-public-remote-admin", "no-public-ssh"]
  },
  check(context) {
    const allowed = mergeRanges(option(context.options, "allowed-public-ports", readPortList, DEFAULT_ALLOWED_PUBLIC_PORTS.map((p) => ({ from: p, to: p }))));
    const exposure2 = ingressExposure(context.model);
    for (const [permission, pieces] of exposure2) {
      const labels = [];
      const together = /* @__PURE__ */ new Set();
      for (const protocol of ["tcp", "udp"]) {
        const open2 = pieces.filter((x) => x.protocol === protocol && x.range && subtractRanges([x.range], allowed).length > 0);
        for (const x of open2) for (const q of x.together) together.add(describePeer(q.peer));
        for (const r of subtractRanges(exposedRanges(open2, protocol), allowed)) labels.push(`${formatRange(r)}/${protocol}`);
      }
      if (labels.length === 0) continue;
      context.report({
        messageId: together.size > 0 ? "openTogether" : "open",
        data: {
          group: groupOf(permission),
          ports: permission.protocol === "all" ? "all traffic" : listLabels(labels),
          peer: describePeer(permission.peer),
          others: [...together].join(", "),
          allowed: describePorts(allowed)
        },
        permission
      });
    }
  }
};
var public_port_not_allowed_default = rule;

// src/lib/address-class.ts
var PRIVATE_RANGES = [
  "10.0.0.0/8",
  "172.16.0.0/12",
  "192.168.0.0/16",
  "100.64.0.0/10",
  "127.0.0.0/8",
  "169.254.0.0/16",
  "fc00::/7",
  "fe80::/10",
  "::1/128"
];
function parseAll(texts) {
  return texts.map((t) => {
    const c = parseCidr(t);
    if (!c) throw new Error(`bad CIDR ${t}`);
    return c;
  });
}
var PRIVATE = parseAll(PRIVATE_RANGES);
function cidrWithin(inner, outers) {
  if (outers.length === 0) return false;
  const ranges = outers.filter((o) => o.family === inner.family && o.last >= inner.first && o.first <= inner.last).map((o) => [o.first, o.last]).sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  let next = inner.first;
  for (const [first, last] of ranges) {
    if (first > next) return false;
    if (last >= next) next = last + 1n;
    if (next > inner.last) return true;
  }
  return false;
}
function isPrivateCidr(c) {
  return cidrWithin(c, PRIVATE);
}
var CLASSES = /* @__PURE__ */ new WeakMap();
function classifyCidr(c) {
  let cls = CLASSES.get(c);
  if (cls === void 0) {
    cls = c.prefix === 0 ? "any" : isPrivateCidr(c) ? "private" : "public";
    CLASSES.set(c, cls);
  }
  return cls;
}
function peerCidr(peer) {
  return peer.kind === "cidr" ? parseCidr(peer.cidr) : null;
}

// src/rules/public-port-rule.ts
var MAX_LISTED_PORTS = 6;
var PEER_CLASSES = ["internet", "public", "private", "any-cidr"];
var PORTS_OPTION = "ports";
var CLASS_WORDS = {
  any: "which is the whole internet",
  public: "a public range",
  private: "a private range"
};
function parseAll2(name2, ports) {
  return ports.map((p) => {
    const r = parsePortRange(p);
    if (!r) throw new Error(`rule ${name2}: bad port ${String(p)}`);
    return r;
  });
}
function portsOf(name2, options, fallback) {
  const raw = options[PORTS_OPTION];
  if (raw === void 0) return fallback;
  const r = readPortList(raw);
  if (!r.ok) throw new Error(`rule ${name2}: option ${PORTS_OPTION} ${r.error}`);
  return r.value;
}
function inClass(p, peer) {
  const c = peerCidr(p.peer);
  if (!c) return null;
  const cls = classifyCidr(c);
  if (peer === "any-cidr") return cls;
  if (peer === "private") return cls === "private" ? cls : null;
  return cls === "private" ? null : cls;
}
function publicPortRule(spec) {
  const { ports, protocols, direction: direction2 = "ingress", peer = "internet", supersededBy, ...meta } = spec;
  const defaults2 = parseAll2(meta.name, ports);
  const fromTo = direction2 === "ingress" ? "from" : "to";
  const broader = supersededBy ?? (peer === "internet" && direction2 === "ingress" ? "no-public-all-traffic" : void 0);
  const messages = peer === "internet" ? {
    open: `{{group}} allows {{ports}} ${fromTo} {{peer}}, which is the whole internet`,
    openTogether: `{{group}} allows {{ports}} ${fromTo} {{peer}}, which with {{others}} covers the whole internet`
  } : { cidr: `{{group}} allows {{ports}} ${fromTo} {{peer}}, {{what}}` };
  return {
    meta: {
      ...meta,
      // A permission open to all traffic is one finding of no-public-all-traffic, not one per port rule.
      ...broader === void 0 ? {} : { supersededBy: broader },
      messages
    },
    check(context) {
      const ranges = portsOf(meta.name, context.options, defaults2);
      const candidates2 = peer === "internet" ? [...exposureOf(context.model, direction2).keys()] : context.model.permissions.filter((p) => p.direction === direction2 && p.peer.kind === "cidr");
      const hits = /* @__PURE__ */ new Map();
      for (const protocol of protocols) {
        for (const range2 of ranges) {
          const reaching = candidates2.filter((p) => reachesPorts(p, protocol, range2));
          const grants = peer === "internet" ? internetGrants(reaching).map((g) => ({ permission: g.permission, together: g.together ?? [], what: "" })) : reaching.flatMap((p) => {
            const cls = inClass(p, peer);
            return cls ? [{ permission: p, together: [], what: CLASS_WORDS[cls] }] : [];
          });
          for (const grant of grants) {
            const hit = hits.get(grant.permission) ?? { ports: [], together: /* @__PURE__ */ new Set(), what: grant.what };
            const opened = formatRange(overlap(grant.permission, range2) ?? range2);
            const label = grant.permission.protocol === "all" ? opened : `${opened}/${protocol}`;
            if (!hit.ports.includes(label)) hit.ports.push(label);
            for (const q of grant.together) hit.together.add(describePeer(q.peer));
            hits.set(grant.permission, hit);
          }
        }
      }
      for (const [permission, hit] of hits) {
        const listed2 = hit.ports.length > MAX_LISTED_PORTS ? [...hit.ports.slice(0, MAX_LISTED_PORTS), `${hit.ports.length - MAX_LISTED_PORTS} more`] : hit.ports;
        const ports2 = permission.protocol === "all" ? `all traffic (including ${listed2.join(", ")})` : listed2.join(", ");
        const data = {
          group: permission.securityGroup ?? permission.securityGroupId ?? "a security group unknown until apply",
          ports: ports2,
          peer: describePeer(permission.peer),
          others: [...hit.together].join(", "),
          what: hit.what
        };
        const messageId = peer !== "internet" ? "cidr" : hit.together.size > 0 ? "openTogether" : "open";
        context.report({ messageId, data, permission });
      }
    }
  };
}

// src/findings/types.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
function severityRank(s) {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}
function idsOf(f) {
  return f.aliases && f.aliases.length > 0 ? [f.id, ...f.aliases] : [f.id];
}
function atLeast(s, threshold) {
  return threshold !== "never" && severityRank(s) >= severityRank(threshold);
}
var FAIL_ON_SCOPES = ["all", "added"];

// src/config/custom-rules.ts
var CUSTOM_RULE_KEYS = ["name", "severity", "title", "ports", "protocol", "direction", "peer"];
var CUSTOM_PROTOCOLS = ["tcp", "udp", "all"];
var DIRECTIONS = ["ingress", "egress"];
var KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
var PEER_WORDS = {
  internet: "the whole internet",
  public: "a public address range (the internet included)",
  private: "a private address range",
  "any-cidr": "any address range"
};
var show2 = (v) => JSON.stringify(v) ?? String(v);
var fail2 = (error) => ({ ok: false, error });
function oneOf(v, allowed, fallback) {
  if (v === void 0) return fallback;
  return typeof v === "string" && allowed.includes(v) ? v : null;
}
function generatedTitle(ports, protocol, direction2, peer) {
  const proto = protocol === "all" ? "TCP/UDP" : protocol.toUpperCase();
  const where2 = { internet: "the internet", public: "public addresses", private: "private addresses", "any-cidr": "address ranges" }[peer];
  return `${proto} ${ports.join(", ")} ${direction2 === "ingress" ? "open to" : "egress to"} ${where2}`;
}
function readCustomRules(v, taken, source) {
  if (!Array.isArray(v)) return fail2(`must be a list of rules such as {name: no-public-kafka, severity: high, ports: [9092]}, not ${show2(v)}`);
  const out2 = [];
  for (const [i2, item] of v.entries()) {
    const at = `[${i2}]`;
    if (item === null || typeof item !== "object" || Array.isArray(item)) return fail2(`${at} must be a mapping such as {name: no-public-kafka, severity: high, ports: [9092]}, not ${show2(item)}`);
    const entry = item;
    for (const key2 of Object.keys(entry)) {
      if (!CUSTOM_RULE_KEYS.includes(key2)) return fail2(`${at} has unknown key "${key2}" (known: ${CUSTOM_RULE_KEYS.join(", ")})`);
    }
    const { name: name2, severity, title: title2 } = entry;
    if (typeof name2 !== "string" || !KEBAB.test(name2)) return fail2(`${at}.name must be a kebab-case name such as no-public-kafka, not ${show2(name2)}`);
    if (taken.includes(name2)) return fail2(`${at}.name "${name2}" is a built-in rule; choose another name`);
    if (out2.some((r) => r.name === name2)) return fail2(`${at}.name "${name2}" is defined twice`);
    if (typeof severity !== "string" || !SEVERITIES.includes(severity)) return fail2(`${at}.severity must be one of ${SEVERITIES.join(", ")}, not ${show2(severity)}`);
    if (title2 !== void 0 && (typeof title2 !== "string" || title2.trim() === "" || title2.includes("\n"))) return fail2(`${at}.title must be one line of text, not ${show2(title2)}`);
    if (entry.ports === void 0) return fail2(`${at}.ports is required: the ports or ranges the rule reports (e.g. [9092, "9093-9094"])`);
    const ports = readPortList(entry.ports);
    if (!ports.ok) return fail2(`${at}.ports${ports.error.startsWith("[") ? "" : " "}${ports.error}`);
    if (ports.value.length === 0) return fail2(`${at}.ports is empty: name at least one port`);
    const protocol = oneOf(entry.protocol, CUSTOM_PROTOCOLS, "tcp");
    if (!protocol) return fail2(`${at}.protocol must be one of ${CUSTOM_PROTOCOLS.join(", ")}, not ${show2(entry.protocol)}`);
    const direction2 = oneOf(entry.direction, DIRECTIONS, "ingress");
    if (!direction2) return fail2(`${at}.direction must be one of ${DIRECTIONS.join(", ")}, not ${show2(entry.direction)}`);
    const peer = oneOf(entry.peer, PEER_CLASSES, "internet");
    if (!peer) return fail2(`${at}.peer must be one of ${PEER_CLASSES.join(", ")}, not ${show2(entry.peer)}`);
    const list = entry.ports;
    out2.push({ name: name2, severity, title: typeof title2 === "string" ? title2.trim() : generatedTitle(list, protocol, direction2, peer), ports: list, protocol, direction: direction2, peer, source });
  }
  return { ok: true, value: out2 };
}
function customRule(spec) {
  const protocols = spec.protocol === "all" ? ["tcp", "udp"] : [spec.protocol];
  const ports = `${spec.ports.join(", ")}${spec.protocol === "all" ? " over TCP or UDP" : `/${spec.protocol}`}`;
  const what = spec.direction === "ingress" ? `Ingress from ${PEER_WORDS[spec.peer]} to ${ports}` : `Egress to ${PEER_WORDS[spec.peer]} on ${ports}`;
  const rule20 = publicPortRule({
    name: spec.name,
    severity: spec.severity,
    title: spec.title,
    description: `${what}. A custom rule of ${spec.source}.`,
    why: `Your team forbids it in ${spec.source}.`,
    fix: `Remove the permission, or admit only the security groups or address ranges that need it; if it is meant, add an exception in ${spec.source}.`,
    references: [],
    ports: spec.ports,
    protocols,
    direction: spec.direction,
    peer: spec.peer
  });
  return { ...rule20, meta: { ...rule20.meta, custom: true } };
}
function rulesInForce(builtIn, custom) {
  if (custom.length === 0) return [...builtIn];
  const specific = custom.filter((s) => s.direction === "ingress" && s.peer === "internet").map((s) => s.name);
  const extended = builtIn.map((rule20) => {
    if (rule20.meta.name !== public_port_not_allowed_default.meta.name || specific.length === 0) return rule20;
    const own = rule20.meta.supersededBy === void 0 ? [] : typeof rule20.meta.supersededBy === "string" ? [rule20.meta.supersededBy] : rule20.meta.supersededBy;
    return { ...rule20, meta: { ...rule20.meta, supersededBy: [...own, ...specific] } };
  });
  return [...extended, ...custom.map(customRule)];
}

// src/config/load.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";

// src/lib/escape.ts
var ZERO_WIDTH_JOINER = "\u200D";
var REPLACEMENT_CHARACTER = "\uFFFD";
function isLineBreak(cp) {
  return cp === 10 || cp === 13 || cp === 11 || cp === 12 || cp === 133 || cp === 8232 || cp === 8233;
}
function isControl(cp) {
  return cp < 32 || cp >= 127 && cp <= 159 || cp === 1564 || cp === 8206 || cp === 8207 || cp >= 8234 && cp <= 8238 || cp >= 8294 && cp <= 8297 || cp === 8232 || cp === 8233;
}
function mapControls(text, replace) {
  let out2 = "";
  let plainStart = 0;
  let i2 = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (isControl(cp)) {
      out2 += text.slice(plainStart, i2) + replace(ch, cp);
      plainStart = i2 + ch.length;
    }
    i2 += ch.length;
  }
  return plainStart === 0 ? text : out2 + text.slice(plainStart);
}
function singleLine(text) {
  return mapControls(text.replace(/\r\n/g, "\n"), (_ch, cp) => isLineBreak(cp) || cp === 9 ? " " : REPLACEMENT_CHARACTER);
}
var MARKDOWN_ESCAPES = {
  "\\": "\\\\",
  "`": "\\`",
  "*": "\\*",
  _: "\\_",
  "[": "\\[",
  "]": "\\]",
  "|": "\\|",
  "~": "\\~",
  // GitHub renders $…$ as maths.
  $: "\\$",
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;"
};
function escapeMarkdown(text) {
  let s = singleLine(text).replace(/[\\`*_[\]|~$<>&]/g, (ch) => MARKDOWN_ESCAPES[ch] ?? ch);
  s = s.replace(/!(?=\\\[)/g, "\\!");
  s = s.replace(/^( *)([#+=-])/, "$1\\$2").replace(/^( *\d{1,9})([.)])(?= |$)/, "$1\\$2");
  s = s.replace(/@(?=\S)/g, `@${ZERO_WIDTH_JOINER}`).replace(/#(?=\d)/g, `#${ZERO_WIDTH_JOINER}`).replace(/\b(gh)-(?=\d)/gi, `$1-${ZERO_WIDTH_JOINER}`).replace(/:\/\//g, `:${ZERO_WIDTH_JOINER}//`).replace(/\b(www)\./gi, `$1${ZERO_WIDTH_JOINER}.`);
  return s.replace(/^ /, "&#32;");
}
function inlineCode(text, options = {}) {
  const s = singleLine(text);
  if (s === "") return "";
  let longest = 0;
  for (const run2 of s.match(/`+/g) ?? []) longest = Math.max(longest, run2.length);
  const fence = "`".repeat(longest + 1);
  const needsPad = s.startsWith("`") || s.endsWith("`") || s.startsWith(" ") && s.endsWith(" ") && s.trim() !== "";
  const pad = needsPad ? " " : "";
  const code3 = `${fence}${pad}${s}${pad}${fence}`;
  return options.table ? code3.replace(/\|/g, "\\|") : code3;
}
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
function escapeTerminal(text) {
  const shown2 = mapControls(text, (ch, cp) => {
    if (ch === "\n") return "\\n";
    if (ch === "\r") return "\\r";
    if (ch === "	") return "\\t";
    return cp <= 255 ? `\\x${cp.toString(16).padStart(2, "0")}` : `\\u{${cp.toString(16)}}`;
  });
  return shown2.replace(/^(\s*):(?=:)/, "$1\\x3a");
}

// src/plan/types.ts
function isJsonObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var InputError = class extends Error {
  file;
  constructor(file, problem) {
    super(escapeTerminal(`${file}: ${problem}`));
    this.name = "InputError";
    this.file = file;
  }
};

// src/engine.ts
import { createHash as createHash2 } from "node:crypto";

// src/findings/order.ts
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareGroups(a, b) {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareStrings(a, b);
}
function compareFindings(a, b) {
  return severityRank(b.severity) - severityRank(a.severity) || compareGroups(a.securityGroup, b.securityGroup) || compareStrings(a.rule, b.rule) || compareStrings(a.resource, b.resource) || compareStrings(a.path, b.path) || compareStrings(a.plan, b.plan) || compareStrings(a.id, b.id);
}

// src/lib/template.ts
function fillTemplate(template, data) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key2) => String(data?.[key2] ?? ""));
}

// src/model/before.ts
function beforeModel(model) {
  const cached = BEFORE.get(model);
  if (cached) return cached;
  const before = {
    ...model,
    groups: model.beforeGroups,
    ruleResources: model.beforeRuleResources,
    permissions: model.beforePermissions,
    beforeGroups: [],
    beforeRuleResources: [],
    beforePermissions: []
  };
  BEFORE.set(model, before);
  return before;
}
var BEFORE = /* @__PURE__ */ new WeakMap();
function touchesSecurityGroups(model) {
  const still = (a) => a === "no-op" || a === "read";
  return model.groups.length !== model.beforeGroups.length || model.ruleResources.length !== model.beforeRuleResources.length || !model.groups.every((g) => still(g.action)) || !model.ruleResources.every((r) => still(r.action));
}

// src/graph/tiers.ts
var BY_TYPE = {
  aws_instance: "compute",
  aws_spot_instance_request: "compute",
  aws_launch_template: "compute",
  aws_launch_configuration: "compute",
  aws_autoscaling_group: "compute",
  aws_network_interface: "compute",
  aws_network_interface_sg_attachment: "compute",
  aws_db_instance: "database",
  aws_rds_cluster: "database",
  aws_docdb_cluster: "database",
  aws_neptune_cluster: "database",
  aws_redshift_cluster: "database",
  aws_elasticache_cluster: "database",
  aws_elasticache_replication_group: "database",
  aws_elasticache_serverless_cache: "database",
  aws_memorydb_cluster: "database",
  aws_opensearch_domain: "database",
  aws_elasticsearch_domain: "database",
  aws_msk_cluster: "database",
  aws_dms_replication_instance: "database",
  aws_efs_mount_target: "database",
  aws_fsx_lustre_file_system: "database",
  aws_fsx_windows_file_system: "database",
  aws_mq_broker: "database",
  aws_lambda_function: "lambda",
  aws_ecs_service: "ecs",
  aws_eks_cluster: "eks",
  aws_eks_node_group: "eks",
  aws_vpc_endpoint: "endpoint"
};
var LOAD_BALANCERS = /* @__PURE__ */ new Set(["aws_lb", "aws_alb", "aws_elb"]);
var PRIVATE_TIERS = /* @__PURE__ */ new Set(["database", "internal-lb", "lambda", "ecs"]);
var TIER_WORDS = {
  "public-lb": "a public load balancer",
  "internal-lb": "an internal load balancer",
  compute: "instances",
  database: "a database, cache or data store",
  lambda: "Lambda functions",
  ecs: "ECS tasks",
  eks: "an EKS cluster",
  endpoint: "a VPC endpoint"
};
function tiersOf(group) {
  const tiers = [];
  for (const a of group.attachments) {
    const t = LOAD_BALANCERS.has(a.resourceType) ? a.internal === true ? "internal-lb" : "public-lb" : BY_TYPE[a.resourceType];
    if (t && !tiers.includes(t)) tiers.push(t);
  }
  return tiers.length > 1 ? tiers.sort() : tiers;
}
var TIERS = /* @__PURE__ */ new WeakMap();
function tierMap(model) {
  let map = TIERS.get(model);
  if (!map) {
    map = /* @__PURE__ */ new Map();
    for (let i2 = 0; i2 < model.groups.length; i2++) {
      const g = model.groups[i2];
      map.set(g.address, tiersOf(g));
    }
    TIERS.set(model, map);
  }
  return map;
}
function loadBalancedResources(model, group) {
  const out2 = [];
  for (const a of group.attachments) {
    const t = model.network.lbTargets.find((x) => x.target === a.resource);
    if (t && !out2.some((o) => o.resource === a.resource)) out2.push({ resource: a.resource, loadBalancers: t.loadBalancers });
  }
  return out2;
}

// src/graph/graph.ts
var INTERNET = "internet";
function groupNode(p) {
  return p.securityGroup ?? p.securityGroupId ?? `(group of ${p.resource})`;
}
function permissionEdges(p, to, exposed, out2) {
  const traffic2 = describeTraffic(p) ?? "";
  const edge = (from, possible) => {
    out2.push({ from, to, traffic: traffic2, permission: p, possible });
  };
  if (exposed) {
    const open2 = exposedTraffic(p, exposed);
    out2.push({ from: INTERNET, to, traffic: open2 ?? traffic2, permission: p, possible: false });
    if (open2 === null) return;
  }
  const peer = p.peer;
  switch (peer.kind) {
    case "cidr":
      edge(peer.cidr, false);
      break;
    case "prefix-list":
      edge(peer.id, false);
      break;
    case "security-group":
      if (peer.candidates) for (const c of peer.candidates) edge(c, true);
      else edge(peer.address ?? peer.id ?? "unknown group", false);
      break;
    case "self":
      edge(to, false);
      break;
    case "unknown":
      edge(`unknown (${peer.attribute})`, false);
      break;
  }
}
function exposedTraffic(p, pieces) {
  const range2 = permissionRange(p);
  if (range2 === null || pieces.some((x) => x.range === null)) return null;
  const byProtocol = /* @__PURE__ */ new Map();
  for (const x of pieces) if (x.protocol !== "other" && x.range) byProtocol.set(x.protocol, [...byProtocol.get(x.protocol) ?? [], x.range]);
  const protocols = p.protocol === "tcp" || p.protocol === "udp" ? [p.protocol] : ["tcp", "udp"];
  const whole = protocols.every((proto) => {
    const merged = mergeRanges(byProtocol.get(proto) ?? []);
    return merged.length === 1 && merged[0].from <= range2.from && merged[0].to >= range2.to;
  });
  if (whole) return null;
  const parts2 = [];
  for (const proto of protocols) for (const r of mergeRanges(byProtocol.get(proto) ?? [])) parts2.push(describeTraffic({ protocol: proto, fromPort: r.from, toPort: r.to }) ?? "");
  return parts2.join(", ");
}
function sourceKind(e, trusted) {
  const peer = e.permission.peer;
  switch (peer.kind) {
    case "cidr": {
      const c = peerCidr(peer);
      return cidrWithin(c, trusted) ? "trusted" : classifyCidr(c) === "private" ? "private" : "public";
    }
    case "prefix-list":
      return "prefix-list";
    case "unknown":
      return "unknown";
    default:
      return "group";
  }
}
function ingressEdges(model) {
  const exposure2 = ingressExposure(model);
  const edges = [];
  for (const p of model.permissions) {
    if (p.direction === "ingress") permissionEdges(p, groupNode(p), exposure2.get(p), edges);
  }
  return edges;
}
function buildGraph(model, trusted = []) {
  const tiers = tierMap(model);
  const nodes = /* @__PURE__ */ new Map();
  const node = (id, kind) => {
    if (!nodes.has(id)) nodes.set(id, { id, kind, tiers: kind === "group" ? tiers.get(id) ?? [] : [] });
    return id;
  };
  node(INTERNET, "internet");
  for (const g of model.groups) node(g.address, "group");
  const exposure2 = ingressExposure(model);
  const edges = [];
  for (const p of model.permissions) {
    if (p.direction !== "ingress") continue;
    const to = node(groupNode(p), "group");
    const first = edges.length;
    permissionEdges(p, to, exposure2.get(p), edges);
    for (let i2 = first; i2 < edges.length; i2++) {
      const e = edges[i2];
      if (!nodes.has(e.from)) node(e.from, sourceKind(e, trusted));
    }
  }
  return { nodes, edges };
}
function internetReach(graph2, group, maxHops = 2) {
  const into = (id) => graph2.edges.filter((e) => e.to === id && e.from !== id);
  const out2 = [];
  const seen = /* @__PURE__ */ new Set();
  const walk2 = (id, path2, traffic2) => {
    for (const e of into(id)) {
      const last = path2.length === 0 ? e.traffic : traffic2;
      if (e.from === INTERNET) {
        const key2 = `${path2.join(">")}|${last}`;
        if (!seen.has(key2)) {
          seen.add(key2);
          out2.push({ through: [...path2], traffic: last });
        }
      } else if (graph2.nodes.get(e.from)?.kind === "group" && path2.length < maxHops && e.from !== group && !path2.includes(e.from)) {
        walk2(e.from, [e.from, ...path2], last);
      }
    }
  };
  walk2(group, [], "");
  return out2.sort((a, b) => a.through.length - b.through.length || a.through.join().localeCompare(b.through.join()) || a.traffic.localeCompare(b.traffic));
}

// src/graph/diff.ts
function fromLabel(e) {
  if (e.from === INTERNET) return describePeer(e.permission.peer);
  if (e.permission.peer.kind === "unknown") return `a peer unknown until apply (${e.permission.peer.attribute})`;
  return e.from;
}
function keyed(edges) {
  const map = /* @__PURE__ */ new Map();
  for (const e of edges) {
    if (e.from === e.to) continue;
    map.set(`${e.to}|${e.traffic}|${fromLabel(e)}`, e);
  }
  return map;
}
function exposureDiff(model) {
  if (model.plan.kind === "state" || !touchesSecurityGroups(model)) return [];
  const after = keyed(ingressEdges(model));
  const before = keyed(ingressEdges(beforeModel(model)));
  const lines = /* @__PURE__ */ new Map();
  const add = (kind, e) => {
    const internet = e.from === INTERNET;
    const key2 = `${kind}|${e.to}|${e.traffic}|${internet ? INTERNET : e.from}`;
    const line = lines.get(key2) ?? { kind, group: e.to, traffic: e.traffic, from: [], internet };
    const from = fromLabel(e);
    if (!line.from.includes(from)) line.from.push(from);
    lines.set(key2, line);
  };
  for (const [k, e] of after) if (!before.has(k)) add("added", e);
  for (const [k, e] of before) if (!after.has(k)) add("removed", e);
  const out2 = [...lines.values()].map((l) => {
    const from = l.from.sort().join(", ");
    const text = `${l.group}: ${l.traffic} ${l.kind === "added" ? "now reachable" : "no longer reachable"} from ${from}${l.internet ? " (the internet)" : ""}`;
    return { kind: l.kind, group: l.group, traffic: l.traffic, from, internet: l.internet, text };
  });
  return out2.sort((a, b) => Number(b.internet) - Number(a.internet) || a.group.localeCompare(b.group) || a.kind.localeCompare(b.kind) || a.text.localeCompare(b.text));
}

// src/lib/covers.ts
function peerCovers(wide, narrow) {
  switch (wide.kind) {
    case "cidr": {
      if (narrow.kind !== "cidr" || narrow.family !== wide.family) return false;
      const w = parseCidr(wide.cidr);
      const n = parseCidr(narrow.cidr);
      return w !== null && n !== null && w.first <= n.first && n.last <= w.last;
    }
    case "prefix-list":
      return narrow.kind === "prefix-list" && narrow.id === wide.id;
    case "security-group": {
      if (narrow.kind !== "security-group" || wide.candidates || narrow.candidates) return false;
      if ((wide.owner ?? null) !== (narrow.owner ?? null)) return false;
      return wide.address !== null && wide.address === narrow.address || wide.id !== null && wide.id === narrow.id;
    }
    case "self":
      return narrow.kind === "self";
    case "unknown":
      return false;
  }
}
function permissionCovers(wide, narrow) {
  if (wide.direction !== narrow.direction || !peerCovers(wide.peer, narrow.peer)) return false;
  if (wide.protocol === "unknown" || narrow.protocol === "unknown") return false;
  if (wide.protocol === "all") return true;
  if (wide.protocol !== narrow.protocol) return false;
  if (wide.protocol === "icmp" || wide.protocol === "icmpv6") {
    if (wide.icmpType === -1) return true;
    if (wide.icmpType === null || wide.icmpType !== narrow.icmpType) return false;
    return wide.icmpCode === -1 || wide.icmpCode !== null && wide.icmpCode === narrow.icmpCode;
  }
  if (wide.portsUnknown || narrow.portsUnknown) return false;
  if (wide.fromPort === null || wide.toPort === null || narrow.fromPort === null || narrow.toPort === null) return wide.fromPort === narrow.fromPort && wide.toPort === narrow.toPort;
  return wide.fromPort <= narrow.fromPort && narrow.toPort <= wide.toPort;
}

// src/places.ts
import { createHash } from "node:crypto";
import { dirname, isAbsolute, posix, relative, resolve, sep } from "node:path";
function planLabel(path2, cwd) {
  if (path2 === "-") return ".";
  const slashed = path2.replace(/\\/g, "/");
  if (isAbsolute(path2) || slashed.startsWith("/") || /^[A-Za-z]:\//.test(slashed)) {
    if (cwd === void 0) return posix.dirname(slashed);
    return relative(cwd, dirname(resolve(cwd, path2))).split(sep).join("/") || ".";
  }
  return posix.normalize(posix.dirname(slashed));
}
function planRoot(plan) {
  return plan.sourceRoot ?? (plan.label || planLabel(plan.path));
}
function planNames(plans) {
  const paths = /* @__PURE__ */ new Map();
  for (const p of plans) paths.set(p.label, (paths.get(p.label) ?? /* @__PURE__ */ new Set()).add(p.path));
  return new Map(plans.map((p) => [p.path, (paths.get(p.label)?.size ?? 0) > 1 ? p.path : p.label]));
}
function planName(names3, path2) {
  return names3.get(path2) ?? planLabel(path2);
}
function otherPlaces(f) {
  return (f.places ?? []).filter((p) => !(p.plan === f.plan && p.resource === f.resource));
}
function key(f) {
  if (!f.location) return null;
  const l = f.location;
  return JSON.stringify([
    f.rule,
    f.messageId,
    l.file,
    l.line,
    l.endLine,
    f.path,
    f.direction,
    f.protocol,
    f.fromPort,
    f.toPort,
    f.peer,
    f.change,
    f.suppression ? [f.suppression.kind, f.suppression.reason, f.suppression.source] : null
  ]);
}
function placesOf(f) {
  return f.places ?? [{ plan: f.plan, resource: f.resource }];
}
function mergeAcrossPlans(findings) {
  const out2 = [];
  const byKey = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const k = key(f);
    const first = k === null ? void 0 : byKey.get(k);
    if (first) {
      const theirs = placesOf(first);
      const mine = placesOf(f);
      if (mine.every((p) => !theirs.some((q) => q.plan === p.plan))) {
        first.places = [...theirs, ...mine.map((p) => ({ ...p }))];
        continue;
      }
    }
    const copy = { ...f };
    if (f.places) copy.places = f.places.map((p) => ({ ...p }));
    if (k !== null && !first) byKey.set(k, copy);
    out2.push(copy);
  }
  return out2;
}
function uniqueIds(findings) {
  const used = /* @__PURE__ */ new Set();
  return findings.map((f) => {
    if (!used.has(f.id)) {
      used.add(f.id);
      return f;
    }
    let id = f.id;
    for (let n = 0; used.has(id); n++) {
      id = createHash("sha256").update(JSON.stringify(n === 0 ? [f.id, f.plan] : [f.id, f.plan, n])).digest("hex").slice(0, 12);
    }
    used.add(id);
    return { ...f, id };
  });
}

// src/version.ts
var VERSION = true ? "0.1.0" : "0.0.0-dev";
var TOOL_NAME = "sg-guard";
var TOOL_URI = "https://github.com/sg-guard/sg-guard";

// src/engine.ts
function fingerprint(rule20, resource, p, extra = "") {
  const parts2 = [rule20, resource, p?.direction ?? "", p?.protocol ?? "", p?.fromPort ?? "", p?.toPort ?? "", p ? peerKey(p.peer) : "", extra];
  return createHash2("sha256").update(JSON.stringify(parts2)).digest("hex").slice(0, 12);
}
function findingId(rule20, r) {
  if (rule20.meta.messages[r.messageId] === void 0) throw new Error(`rule ${rule20.meta.name} reported unknown message id "${r.messageId}"`);
  const p = r.permission;
  return fingerprint(rule20.meta.name, p?.resource ?? r.resource ?? "", p, p ? "" : `${r.path ?? ""}|${r.messageId}`);
}
function toFinding(reported, model, change) {
  const { rule: rule20, severity, report: r } = reported;
  const p = r.permission;
  const peers = reported.peers;
  const finding = {
    id: reported.id,
    rule: rule20.meta.name,
    severity,
    title: rule20.meta.title,
    message: fillTemplate(rule20.meta.messages[r.messageId], reported.data ?? r.data),
    messageId: r.messageId,
    plan: model.plan.path,
    securityGroup: p ? p.securityGroup : r.securityGroup ?? null,
    resource: p?.resource ?? r.resource ?? "",
    resourceType: p?.resourceType ?? null,
    path: p?.path ?? r.path ?? "",
    direction: p?.direction ?? null,
    protocol: p?.protocol ?? null,
    fromPort: p?.fromPort ?? null,
    toPort: p?.toPort ?? null,
    peer: peers ? peers.map((q) => describePeer(q)).join(", ") : p ? describePeer(p.peer) : null,
    peerKind: peers && !peers.every((q) => q.kind === peers[0]?.kind) ? null : p?.peer.kind ?? null,
    location: null,
    suppression: null,
    change
  };
  if (reported.aliases && reported.aliases.length > 0) finding.aliases = [...reported.aliases];
  return finding;
}
function summarise(findings, failOn, scope = "all") {
  const summary = { critical: 0, high: 0, medium: 0, low: 0, info: 0, blocking: 0, suppressed: 0, added: 0, removed: 0 };
  for (const f of findings) {
    if (f.change === "removed") {
      summary.removed++;
      continue;
    }
    if (f.suppression) {
      summary.suppressed++;
      continue;
    }
    summary[f.severity]++;
    const added = f.change === "added";
    if (added) summary.added++;
    if (atLeast(f.severity, failOn) && (scope === "all" || added)) summary.blocking++;
  }
  return summary;
}
function broaderOf(rule20) {
  const b = rule20.meta.supersededBy ?? [];
  return typeof b === "string" ? [b] : b;
}
function withoutSuperseded(reported) {
  const broader = /* @__PURE__ */ new Set();
  for (const rule20 of new Set(reported.map((r) => r.rule))) for (const name2 of broaderOf(rule20)) broader.add(name2);
  const byPermission = /* @__PURE__ */ new Map();
  for (const r of reported) {
    if (!r.permission || !broader.has(r.rule.meta.name)) continue;
    let rules = byPermission.get(r.permission);
    if (!rules) byPermission.set(r.permission, rules = /* @__PURE__ */ new Map());
    const list = rules.get(r.rule.meta.name);
    if (list) list.push(r);
    else rules.set(r.rule.meta.name, [r]);
  }
  const memo = /* @__PURE__ */ new Map();
  const kept = (r, path2) => {
    if (broaderOf(r.rule).length === 0) return true;
    const known = memo.get(r);
    if (known !== void 0) return known;
    const same = r.permission ? byPermission.get(r.permission) : void 0;
    const inner = new Set(path2).add(r.rule.meta.name);
    const result = !broaderOf(r.rule).some((name2) => !inner.has(name2) && (same?.get(name2) ?? []).some((b) => kept(b, inner)));
    memo.set(r, result);
    return result;
  };
  const top = /* @__PURE__ */ new Set();
  return reported.filter((r) => kept(r, top));
}
function runRules(model, options) {
  const seen = /* @__PURE__ */ new Set();
  const reported = [];
  for (const rule20 of options.rules) {
    const setting = options.settings?.[rule20.meta.name];
    if (!(setting?.enabled ?? rule20.meta.enabledByDefault !== false)) continue;
    const severity = setting?.severity ?? rule20.meta.severity;
    rule20.check({
      model,
      options: setting?.options ?? {},
      report(r) {
        const id = findingId(rule20, r);
        if (seen.has(id)) return;
        seen.add(id);
        const own = setting?.severity ?? r.severity ?? severity;
        const entry = r.permission ? { id, rule: rule20, severity: own, report: r, permission: r.permission } : { id, rule: rule20, severity: own, report: r };
        const aliases = [...new Set((r.formerly ?? []).map((p) => fingerprint(rule20.meta.name, p.resource, p)))].filter((a) => a !== id).sort();
        if (aliases.length > 0) entry.aliases = aliases;
        reported.push(entry);
      }
    });
  }
  return withoutSuperseded(reported);
}
function coveredBy(r, others) {
  const p = r.permission;
  if (!p) return false;
  const names3 = /* @__PURE__ */ new Set([r.rule.meta.name, ...broaderOf(r.rule)]);
  return (others.get(`${p.resource}|${p.direction}`) ?? []).some((o) => names3.has(o.rule.meta.name) && o.permission !== void 0 && permissionCovers(o.permission, p));
}
function byResource(reported) {
  const out2 = /* @__PURE__ */ new Map();
  for (const r of reported) {
    if (!r.permission) continue;
    const key2 = `${r.permission.resource}|${r.permission.direction}`;
    const list = out2.get(key2);
    if (list) list.push(r);
    else out2.set(key2, [r]);
  }
  return out2;
}
var PEER_DATA = /* @__PURE__ */ new Set(["peer", "others"]);
function blockKey(r) {
  const p = r.permission;
  if (!p) return null;
  const data = Object.entries(r.report.data ?? {}).filter(([k]) => !PEER_DATA.has(k)).sort(([a], [b]) => a < b ? -1 : 1);
  return JSON.stringify([r.rule.meta.name, r.report.messageId, r.severity, p.resource, p.path, p.direction, p.protocol, p.fromPort, p.toPort, p.icmpType, p.icmpCode, data]);
}
function mergePeers(items) {
  const groups = /* @__PURE__ */ new Map();
  const out2 = [];
  for (const item of items) {
    const base = blockKey(item.r);
    if (base === null) {
      out2.push(item);
      continue;
    }
    const key2 = `${item.change === "removed" ? "removed" : "current"}|${base}`;
    const list = groups.get(key2);
    if (list) list.push(item);
    else {
      groups.set(key2, [item]);
      out2.push(key2);
    }
  }
  return out2.flatMap((entry) => {
    if (typeof entry !== "string") return [entry];
    const list = groups.get(entry) ?? [];
    if (list.length === 1) return list;
    const sorted = [...list].sort((a, b) => peerKey(a.r.permission?.peer) < peerKey(b.r.permission?.peer) ? -1 : 1);
    const first = sorted[0]?.r;
    const peers = sorted.map((x) => x.r.permission?.peer);
    const named3 = new Set(peers.map((q) => describePeer(q)));
    const others = [...new Set(sorted.flatMap((x) => String(x.r.report.data?.others ?? "").split(", ").filter(Boolean)))].filter((o) => !named3.has(o));
    if (first.report.data?.others && others.length === 0) return list;
    const data = { ...first.report.data ?? {}, peer: [...named3].join(", ") };
    if (first.report.data?.others !== void 0) data.others = others.join(", ");
    const aliases = [...new Set(sorted.flatMap((x) => [x.r.id, ...x.r.aliases ?? []]))].filter((a) => a !== first.id).sort();
    const change = sorted.some((x) => x.change === "added") ? "added" : sorted[0]?.change ?? "unchanged";
    const merged = { ...first, peers, data, ...aliases.length > 0 ? { aliases } : {} };
    return [{ r: merged, change }];
  });
}
function changeFindings(model, options) {
  const after = runRules(model, options);
  if (model.plan.kind === "state" || !touchesSecurityGroups(model)) return mergePeers(after.map((r) => ({ r, change: "unchanged" }))).map((x) => toFinding(x.r, model, x.change));
  const before = runRules(beforeModel(model), options);
  const beforeIds = new Set(before.map((r) => r.id));
  const afterIds = new Set(after.map((r) => r.id));
  const beforeBy = byResource(before);
  const afterBy = byResource(after);
  return mergePeers([
    ...after.map((r) => ({ r, change: beforeIds.has(r.id) || coveredBy(r, beforeBy) ? "unchanged" : "added" })),
    ...before.filter((r) => !afterIds.has(r.id) && !coveredBy(r, afterBy)).map((r) => ({ r, change: "removed" }))
  ]).map((x) => toFinding(x.r, model, x.change));
}
function evaluate(models, options) {
  const findings = models.flatMap((m) => changeFindings(m, options)).sort(compareFindings);
  const scope = options.failOnScope ?? "all";
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: VERSION },
    failOn: options.failOn,
    failOnScope: scope,
    plans: models.map((m) => ({
      path: m.plan.path,
      label: planLabel(m.plan.path),
      kind: m.plan.kind,
      terraformVersion: m.plan.terraformVersion,
      formatVersion: m.plan.formatVersion,
      sourceRoot: null,
      sourceErrors: [],
      exposureChanges: exposureDiff(m).map((c) => c.text)
    })),
    findings,
    summary: summarise(findings, options.failOn, scope)
  };
}

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str2) => {
  let begs, beg, left, right = void 0, result;
  let ai = str2.indexOf(a);
  let bi = str2.indexOf(b, ai + 1);
  let i2 = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str2.length;
    while (i2 >= 0 && !result) {
      if (i2 === ai) {
        begs.push(i2);
        ai = str2.indexOf(a, i2 + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str2.indexOf(b, i2 + 1);
      }
      i2 = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str2) {
  return !isNaN(str2) ? parseInt(str2, 10) : str2.charCodeAt(0);
}
function escapeBraces(str2) {
  return str2.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str2) {
  return str2.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i2 = 0; i2 < items.length; i2++) {
    target.push(items[i2]);
  }
}
function balancedWithBudget(str2, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str2.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str2.slice(0, r[0]),
    body: str2.slice(r[0] + 1, r[1]),
    post: str2.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open2 = [];
  for (let i2 = 0; i2 < masked.length; i2++) {
    const c = masked.charCodeAt(i2);
    if (c === 123) {
      open2.push(i2);
    } else if (c === 125 && open2.length) {
      open2.pop();
    }
  }
  let out2 = "";
  let last = 0;
  for (let i2 = 0; i2 < open2.length; i2++) {
    const at = open2[i2];
    out2 += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out2 + masked.slice(last);
}
function commaSetFollows(str2, budget) {
  budget.remaining -= str2.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i2 = str2.length - 1; i2 >= 0; i2--) {
    const c = str2.charCodeAt(i2);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str2.charCodeAt(i2 + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str2, budget) {
  const parts2 = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str2, str2, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str2.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts2, tail);
      return parts2;
    }
    const { pre, body: body2, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body2 + "}";
    if (!post.length) {
      pushAll(parts2, p);
      return parts2;
    }
    carry = p.pop();
    pushAll(parts2, p);
    str2 = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str2, options = {}) {
  if (!str2) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str2.slice(0, 2) === "{}") {
    str2 = "\\{\\}" + str2.slice(2);
  }
  return expand_(escapeBraces(str2), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str2) {
  return "{" + str2 + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i2, y) {
  return i2 <= y;
}
function gte(i2, y) {
  return i2 >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out2 = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix2 = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix2) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out2.length >= max)
        break outer;
      const expansion = prefix2 + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out2.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out2.length;
  return out2;
}
function expandSequence(body2, isAlphaSequence, max, maxLength, budget) {
  const n = body2.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i2 = x; test(i2, y) && N.length < max; i2 += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i2);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i2);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i2 < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str2, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str2];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str2;
  for (; ; ) {
    const m = balancedWithBudget(str2, masked, budget);
    if (!m) {
      return combine(acc, str2, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal3 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str2 = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str2 = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal3();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal3();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal3();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal3();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal3();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str2 = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal3();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal3();
    }
    acc = next;
    if (!m.post.length)
      break;
    str2 = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
var prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
var fixed = (a, b) => {
  if (!a)
    return [[]];
  let lo = +a[0];
  let hi = +b[0];
  const ra = a.slice(1);
  const rb = b.slice(1);
  if (lo === hi)
    return prefix(lo, fixed(ra, rb));
  const zeros = "0".repeat(ra.length);
  const nines = "9".repeat(ra.length);
  const out2 = [];
  if (ra !== zeros)
    out2.push(...prefix(lo++, fixed(ra, nines)));
  const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
  if (lo <= hi) {
    out2.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
  }
  out2.push(...last);
  return out2;
};
var nonneg = (a, b, width) => {
  if (width) {
    return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
  }
  const out2 = [];
  for (let len = String(a).length; len <= String(b).length; len++) {
    const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
    const hi = Math.min(b, 10 ** len - 1);
    out2.push(...fixed(String(lo), String(hi)));
  }
  return out2;
};
var numericRange = (loStr, hiStr) => {
  let lo = Number(loStr);
  let hi = Number(hiStr);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
    return;
  if (lo > hi)
    [lo, hi] = [hi, lo];
  const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
  const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
  const out2 = [];
  if (lo < 0) {
    const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
    out2.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  if (hi >= 0)
    out2.push(...nonneg(Math.max(lo, 0), hi, width));
  return out2;
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
  "[:alpha:]": ["\\p{L}\\p{Nl}"],
  "[:ascii:]": ["\\x00-\\x7f"],
  "[:blank:]": ["\\p{Zs}\\t"],
  "[:cntrl:]": ["\\p{Cc}"],
  "[:digit:]": ["\\p{Nd}"],
  "[:graph:]": ["\\p{Z}\\p{C}", true],
  "[:lower:]": ["\\p{Ll}"],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}\\p{S}"],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
  "[:upper:]": ["\\p{Lu}"],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
  "[:xdigit:]": ["A-Fa-f0-9"]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var noMatch = /$./;
var parseClass = (glob2, position, nocase = false, form) => {
  const norm = (c) => {
    const n = form ? c.normalize(form) : c;
    return [...n].length === 1 ? n : c;
  };
  const pos = position;
  if (glob2.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i2 = pos + 1;
  let sawStart = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i2 < glob2.length) {
    const c = String.fromCodePoint(glob2.codePointAt(i2));
    if ((c === "!" || c === "^") && i2 === pos + 1) {
      negate = true;
      i2++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i2 + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i2++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
        if (glob2.startsWith(cls, i2)) {
          if (rangeStart) {
            return [noMatch, glob2.length - pos];
          }
          i2 += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          continue WHILE;
        }
      }
    }
    escaping = false;
    const n = norm(c);
    if (rangeStart) {
      if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
      } else if (n === rangeStart) {
        ranges.push(braceEscape(n));
      }
      rangeStart = "";
      i2 += c.length;
      continue;
    }
    if (glob2.startsWith("-]", i2 + c.length)) {
      ranges.push(braceEscape(n + "-"));
      i2 += c.length + 1;
      continue;
    }
    if (glob2.startsWith("-", i2 + c.length)) {
      rangeStart = n;
      i2 += c.length + 1;
      continue;
    }
    ranges.push(braceEscape(n));
    i2 += c.length;
  }
  if (endPos < i2) {
    return [noMatch, 0];
  }
  if (!ranges.length && !negs.length) {
    return [noMatch, glob2.length - pos];
  }
  const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
  const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
  const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
  return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH = { t: "match", id: 0 };
var extTypes = "!?+*@";
var lit = (ch) => ({ t: "lit", ch });
var reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
var newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
var foldCache = /* @__PURE__ */ new Map();
var foldRe = (ch) => {
  let re = foldCache.get(ch);
  if (!re) {
    re = newFoldRe(ch);
    if (foldCache.size >= 1e3)
      foldCache.clear();
    foldCache.set(ch, re);
  }
  return re;
};
var litMatch = (l, c) => {
  if (c === l.ch)
    return true;
  if (!l.re)
    return false;
  const code3 = c.charCodeAt(0);
  if (code3 >= 128)
    return l.re.test(c);
  const ascii = l.ascii ??= new Uint8Array(128);
  ascii[code3] ||= l.re.test(c) ? 1 : 2;
  return ascii[code3] === 1;
};
var tokenize = (p, nocase, noext, form, mark2) => {
  const toks = [];
  for (let i2 = 0; i2 < p.length; ) {
    const c = String.fromCodePoint(p.codePointAt(i2));
    if (mark2) {
      const m = c === "\\" && p.startsWith(mark2, i2 + 1) ? 1 : 0;
      if (m || c === mark2) {
        const start2 = i2 + m + mark2.length;
        const end = p.indexOf(mark2, start2);
        const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start2, end));
        const alts = end !== -1 && r && numericRange(r[1], r[2]);
        if (alts) {
          toks.push({ t: "ext", type: "@", alts });
          i2 = end + mark2.length;
          continue;
        }
      }
    }
    if (c === "\\") {
      const e = p.codePointAt(i2 + 1);
      const ch = e === void 0 ? c : String.fromCodePoint(e);
      toks.push(lit(ch));
      i2 += 1 + ch.length;
      continue;
    }
    if (c === "[") {
      const [re, consumed] = parseClass(p, i2, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re });
        i2 += consumed;
        continue;
      }
    }
    if (!noext && extTypes.includes(c) && p[i2 + 1] === "(") {
      toks.push({ t: "open", type: c });
      i2 += 2;
      continue;
    }
    toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
    i2 += c.length;
  }
  return toks;
};
var pair = (toks) => {
  const pairs = /* @__PURE__ */ new Map();
  const stack = [];
  toks.forEach((tok, i2) => {
    if (tok.t === "open")
      stack.push(i2);
    else if (tok.t === "close" && stack.length)
      pairs.set(stack.pop(), i2);
  });
  return pairs;
};
var build = (toks, pairs, start2, end, top) => {
  let seq = [];
  const alts = [seq];
  for (let i2 = start2; i2 < end; i2++) {
    const tok = toks[i2];
    const close = pairs.get(i2);
    if (tok.t === "open" && close !== void 0) {
      const sub = build(toks, pairs, i2 + 1, close, false);
      seq.push({ t: "ext", type: tok.type, alts: sub });
      i2 = close;
    } else if (tok.t === "bar" && !top) {
      alts.push(seq = []);
    } else if (tok.t === "open") {
      seq.push(lit(tok.type), lit("("));
    } else if (tok.t === "bar") {
      seq.push(lit("|"));
    } else if (tok.t === "close") {
      seq.push(lit(")"));
    } else {
      seq.push(tok);
    }
  }
  return alts;
};
var normalize = (items, form) => {
  const out2 = [];
  let run2 = "";
  const flush = () => {
    for (const ch of run2.normalize(form))
      out2.push(lit(ch));
    run2 = "";
  };
  for (const it of items) {
    if (it.t === "lit") {
      run2 += it.ch;
      continue;
    }
    flush();
    out2.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
  }
  flush();
  return out2;
};
var compile = (items, nocase) => {
  let id = 1;
  const split = (out2) => ({ t: "split", id: id++, out: out2 });
  const seq = (items2, next) => items2.reduceRight((next2, it) => item(it, next2), next);
  const item = (it, next) => {
    switch (it.t) {
      case "lit":
        const re = nocase ? foldRe(it.ch) : void 0;
        return { t: "lit", id: id++, ch: it.ch, re, next };
      case "any":
      case "star":
        return { t: it.t, id: id++, next };
      case "class":
        return { t: "class", id: id++, re: it.re, next };
    }
    const alts = (next2) => it.alts.map((a) => seq(a, next2));
    switch (it.type) {
      case "@":
        return split(alts(next));
      case "?":
        return split([next, ...alts(next)]);
      case "!":
        return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
    }
    const after = split([]);
    const entry = split(alts(after));
    after.out.push(next, entry);
    return it.type === "*" ? after : entry;
  };
  const start2 = seq(items, MATCH);
  return [start2, id];
};
var show3 = (start2) => {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  const ref = (n) => n.t === "match" ? "match" : String(n.id);
  const walk2 = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (const o of n.out)
          walk2(o, indent);
        return;
      case "neg":
        line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
        walk2(n.sub, indent + "  ");
        return walk2(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk2(n.next, indent);
  };
  walk2(start2, "");
  return [`start -> ${ref(start2)}`, ...lines].join("\n");
};
var State = class {
  // set by the Sim, to mark the nodes that this state has
  gen;
  threads = [];
  match = false;
  runs = [];
  // the sorted ids of the threads, with 0 for a match, once the
  // state is done
  ids = [];
  constructor(gen) {
    this.gen = gen;
  }
  // no threads, so nothing more can match
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
};
var sameState = (a, b) => {
  if (a.ids.length !== b.ids.length)
    return false;
  if (a.runs.length !== b.runs.length)
    return false;
  if (a.ids.some((id, i2) => id !== b.ids[i2]))
    return false;
  return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
};
var marks = (size) => ({
  has: new Float64Array(size),
  seen: new Float64Array(size),
  gen: 0
});
var Sim = class {
  // `.` and `..` only match literal dots, even with `dot:true`
  dots;
  // the string starts with `.`, and `dot:true` is not set
  dotStart;
  #marks;
  constructor(dots, dotStart, marks2) {
    this.dots = dots;
    this.dotStart = dotStart;
    this.#marks = marks2;
  }
  state() {
    return new State(++this.#marks.gen);
  }
  // sort the ids of a state, once it has all of its threads
  done(state) {
    state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
    if (state.match)
      state.ids.unshift(MATCH.id);
    return state;
  }
  // true the first time that the state walks through the node, so
  // that loops in the graph stop
  #visit(state, node) {
    const { seen } = this.#marks;
    if (seen[node.id] === state.gen)
      return false;
    seen[node.id] = state.gen;
    return true;
  }
  #addThread(state, node) {
    const { has } = this.#marks;
    if (has[node.id] === state.gen)
      return false;
    has[node.id] = state.gen;
    state.threads.push(node);
    return true;
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i2, top) {
    return top && (this.dots || this.dotStart && i2 === 0);
  }
  add(state, node, i2, top) {
    switch (node.t) {
      case "split":
        if (!this.#visit(state, node))
          return;
        for (const o of node.out)
          this.add(state, o, i2, top);
        return;
      case "neg":
        if (!this.#visit(state, node))
          return;
        const sub = this.state();
        this.add(sub, node.sub, i2, false);
        this.done(sub);
        return this.addRun(state, { t: "run", neg: node, state: sub }, i2, top);
      case "star":
        if (this.restricted(i2, top))
          return;
        if (this.#addThread(state, node))
          this.add(state, node.next, i2, top);
        return;
      case "match":
        state.match = true;
        return;
      default:
        this.#addThread(state, node);
    }
  }
  addRun(state, run2, i2, top) {
    for (const r of state.runs) {
      if (r.neg === run2.neg && sameState(r.state, run2.state))
        return;
    }
    state.runs.push(run2);
    if (!run2.state.match) {
      this.add(state, run2.neg.next, i2, top);
    }
  }
  // the threads after char `c`, at index `i`
  step(state, c, i2, top) {
    const next = this.state();
    for (const th of state.threads) {
      switch (th.t) {
        case "lit":
          if (litMatch(th, c)) {
            this.add(next, th.next, i2 + 1, top);
          }
          break;
        case "any":
          if (!this.restricted(i2, top))
            this.add(next, th.next, i2 + 1, top);
          break;
        case "class":
          if (!this.restricted(i2, top) && th.re.test(c)) {
            this.add(next, th.next, i2 + 1, top);
          }
          break;
        case "star":
          if (!this.restricted(i2, top))
            this.add(next, th, i2 + 1, top);
      }
    }
    if (!this.restricted(i2, top)) {
      for (const run2 of state.runs) {
        if (run2.state.dead) {
          this.addRun(next, run2, i2 + 1, top);
          continue;
        }
        const sub = this.step(run2.state, c, i2, false);
        this.addRun(next, { t: "run", neg: run2.neg, state: sub }, i2 + 1, top);
      }
    }
    return this.done(next);
  }
};
var stateKey = (state) => {
  const ids = state.ids.join();
  if (!state.runs.length)
    return ids;
  const runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
  return `${ids}|${runs.sort().join("|")}`;
};
var DFA_BUDGET = 1 << 18;
var Dfa = class {
  #start;
  #states = /* @__PURE__ */ new Map();
  #size = 0;
  #plain;
  #dotStart;
  #sim;
  #dotSim;
  constructor(start2, marks2) {
    this.#start = start2;
    this.#sim = new Sim(false, false, marks2);
    this.#dotSim = new Sim(false, true, marks2);
  }
  #make(state) {
    return {
      state,
      match: state.match,
      dead: state.dead,
      next: /* @__PURE__ */ new Map()
    };
  }
  #intern(state) {
    const key2 = stateKey(state);
    const found = this.#states.get(key2);
    if (found)
      return found;
    if (this.#size > DFA_BUDGET)
      this.#clear();
    const d = this.#make(state);
    this.#states.set(key2, d);
    this.#size += key2.length + 1;
    return d;
  }
  #clear() {
    this.#states.clear();
    this.#size = 0;
    this.#plain = void 0;
    this.#dotStart = void 0;
  }
  start(dotStart) {
    if (dotStart) {
      if (this.#dotStart)
        return this.#dotStart;
      const state2 = this.#dotSim.state();
      this.#dotSim.add(state2, this.#start, 0, true);
      return this.#dotStart = this.#make(this.#dotSim.done(state2));
    }
    if (this.#plain)
      return this.#plain;
    const state = this.#sim.state();
    this.#sim.add(state, this.#start, 0, true);
    return this.#plain = this.#intern(this.#sim.done(state));
  }
  // the next state, after a miss in `d.ascii`
  next(d, c) {
    const code3 = c.charCodeAt(0);
    const found = code3 < 128 ? void 0 : d.next.get(c);
    if (found)
      return found;
    const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
    if (code3 < 128) {
      if (!d.ascii) {
        d.ascii = new Array(128);
        this.#size += 128;
      }
      d.ascii[code3] = n;
    } else {
      d.next.set(c, n);
    }
    this.#size++;
    return n;
  }
};
var linear = (start2) => {
  const nodes = [];
  for (let n = start2; n.t !== "match"; n = n.next) {
    if (n.t === "split" || n.t === "neg")
      return void 0;
    nodes.push(n);
  }
  return nodes;
};
var testLinear = (nodes, chars, start2, end) => {
  let ni = 0;
  let ci = start2;
  let starNi = -1;
  let starCi = 0;
  while (ci < end) {
    const n = nodes[ni];
    if (n?.t === "star") {
      starNi = ni++;
      starCi = ci;
      continue;
    }
    const c = chars[ci];
    if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
      ni++;
      ci++;
      continue;
    }
    if (starNi === -1)
      return false;
    ni = starNi + 1;
    ci = ++starCi;
  }
  while (nodes[ni]?.t === "star")
    ni++;
  return ni === nodes.length;
};
var lengths = (items) => {
  let min = 0;
  let max = 0;
  for (const it of items) {
    const [lo, hi] = itemLengths(it);
    min += lo;
    max += hi;
  }
  return [min, max];
};
var itemLengths = (it) => {
  if (it.t === "star")
    return [0, Infinity];
  if (it.t !== "ext")
    return [1, 1];
  if (it.type === "!")
    return [0, Infinity];
  const alts = it.alts.map(lengths);
  const min = Math.min(...alts.map((a) => a[0]));
  const max = Math.max(...alts.map((a) => a[1]));
  const loop = max === 0 ? 0 : Infinity;
  return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
};
var hasAffix = (lits, chars, start2) => {
  for (let j = 0; j < lits.length; j++) {
    if (!litMatch(lits[j], chars[start2 + j]))
      return false;
  }
  return true;
};
var slashOrSurrogate = /[/\ud800-\udfff]/;
var surrogate = /[\ud800-\udfff]/;
var codePoints = (s) => surrogate.test(s) ? [...s] : s;
var noSlash = (s) => {
  if (s.includes("/")) {
    throw new Error("can only match a single path portion, got: " + s);
  }
};
var Matcher = class {
  pattern;
  options;
  #start;
  // the number of node ids
  #size;
  #marks;
  // the Sim for strings that are only `.` or `..`
  #dotsSim;
  // the string to compare, if the pattern has no magic. With
  // `nocase:true`, the RegExp that folds case is made when it is
  // first used.
  #literal;
  #literalFold = false;
  #literalRe;
  // the nodes between the prefix and suffix, if the graph is a
  // single chain
  #linear;
  // the linear nodes are only `*` and `?`, so the length bounds and
  // the prefix and suffix decide the match
  #wild = false;
  // the least and most chars that a match can have
  #min = 0;
  #max = Infinity;
  // the literals that a match must start and end with. Each one
  // matches exactly one char, and they are distinct items in the
  // pattern, so a string that does not have them can not match.
  #prefix = [];
  #suffix = [];
  // the prefix and suffix as strings, if they do not fold case
  #prefixStr;
  #suffixStr;
  // there is a prefix or suffix to check
  #affix = false;
  #dfa;
  #form;
  constructor(pattern, options = {}) {
    if (pattern.includes("/")) {
      throw new Error("can only match a single path portion, got pattern: " + pattern);
    }
    this.pattern = pattern;
    this.options = options;
    const { nocase = false, noext = false, normalize: n } = options;
    this.#form = n === true ? "NFC" : n || void 0;
    const literal3 = /^[?*+@]\(\)$/.test(pattern);
    const toks = tokenize(pattern, nocase, noext || literal3, this.#form, options.rangeMark);
    let [items] = build(toks, pair(toks), 0, toks.length, true);
    if (this.#form)
      items = normalize(items, this.#form);
    const [start2, size] = compile(items, nocase);
    this.#start = start2;
    this.#size = size;
    if (items.every((it) => it.t === "lit")) {
      this.#literal = items.map((it) => it.ch).join("");
      this.#literalFold = nocase;
    } else {
      const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
      for (const it of items) {
        const l = lit2(it);
        if (!l)
          break;
        this.#prefix.push(l);
      }
      for (let j = items.length - 1; j >= 0; j--) {
        const l = lit2(items[j]);
        if (!l)
          break;
        this.#suffix.unshift(l);
      }
      this.#affix = !!(this.#prefix.length || this.#suffix.length);
      if (!nocase) {
        this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
        this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
      }
      this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
      this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
      const [min, max] = lengths(items);
      this.#min = min;
      this.#max = max;
    }
  }
  test(s) {
    if (this.#form) {
      noSlash(s);
      return this.#test(s.normalize(this.#form));
    }
    if (slashOrSurrogate.test(s)) {
      noSlash(s);
      return this.#test(s, [...s]);
    }
    return this.#test(s, s);
  }
  /**
   * The same as {@link Matcher#test}, but the string is not checked
   * for `/` chars, so the result for a string that has one is not
   * defined. Only use it for a string that is known to be one path
   * portion, such as a part of a path that was split on `/`. It can
   * be faster, because some patterns do not need to look at each char
   * of the string.
   */
  testUnchecked(s) {
    return this.#test(this.#form ? s.normalize(this.#form) : s);
  }
  // Test a string that has no `/`. `chars` indexes it by code point.
  // If it is not given, it is only found if a step needs it.
  #test(s, chars) {
    if (this.#literal !== void 0) {
      return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
    }
    const min = this.#min;
    const max = this.#max;
    if (chars === void 0) {
      const most = s.length;
      const least = most + 1 >> 1;
      if (most < min || least > max)
        return false;
      if (least < min || most > max)
        chars = codePoints(s);
    }
    if (chars !== void 0 && (chars.length < min || chars.length > max)) {
      return false;
    }
    const prefix2 = this.#prefix.length;
    if (this.#affix) {
      if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
        if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
          return false;
        }
      } else {
        chars ??= codePoints(s);
        const end = chars.length - this.#suffix.length;
        if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end)) {
          return false;
        }
      }
    }
    const dotStart = !this.options.dot && s.startsWith(".");
    if (this.#linear) {
      if (s === "." || s === "..")
        return false;
      if (dotStart && !prefix2)
        return false;
      if (this.#wild)
        return true;
      chars ??= codePoints(s);
      const end = chars.length - this.#suffix.length;
      return testLinear(this.#linear, chars, prefix2, end);
    }
    chars ??= codePoints(s);
    if (s === "." || s === "..") {
      this.#marks ??= marks(this.#size);
      const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
      const start2 = sim.state();
      sim.add(start2, this.#start, 0, true);
      let state = sim.done(start2);
      for (let i2 = 0; i2 < chars.length; i2++) {
        state = sim.step(state, chars[i2], i2, true);
      }
      return state.match;
    }
    this.#marks ??= marks(this.#size);
    const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
    let d = dfa.start(dotStart);
    const str2 = chars === s;
    for (let i2 = 0; i2 < chars.length; i2++) {
      if (d.dead)
        return false;
      const code3 = str2 ? s.charCodeAt(i2) : chars[i2].charCodeAt(0);
      d = d.ascii?.[code3] ?? dfa.next(d, chars[i2]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show3(this.#start);
  }
};

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
  const c = e.charAt(0);
  if (c === "#") {
    return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
  }
  if (c === "!") {
    return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
  }
  return e;
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (windowsPathsNoEscape && s.startsWith("@(!)")) {
    return "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces });
  }
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX = 1e5;
var DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
var AWE_KEY = "allowWindowsEscape";
var minimatch = (p, pattern, options) => {
  assertValidPattern(pattern);
  if (!options?.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return cachedMinimatch(pattern, options).match(p);
};
var cache2 = /* @__PURE__ */ new Map();
var oldCache = /* @__PURE__ */ new Map();
var cacheSize = 0;
var cacheTotalWeight = 0;
var cacheMax = 256;
var cacheMaxWeight = 1 << 15;
var cacheMaxEntryWeight = 1 << 12;
var cacheWeight = (mm) => {
  let w = mm.pattern.length;
  for (const s of mm.globSet) {
    w += s.length + 1;
    if (w > cacheMaxEntryWeight)
      break;
  }
  return w;
};
var tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
var booleanWeights = new Map(Object.keys({
  nobrace: 0,
  nocomment: 0,
  nonegate: 0,
  noglobstar: 0,
  noext: 0,
  nonull: 0,
  partial: 0,
  dot: 0,
  nocase: 0,
  nocaseMagicOnly: 0,
  magicalBraces: 0,
  matchBase: 0,
  flipNegate: 0,
  preserveMultipleSlashes: 0,
  windowsNoMagicRoot: 0
}).map((k, i2) => [k, 24 * 3 ** i2]));
var optionsKey = (o) => {
  let n = 0;
  let wpe = false;
  for (const k in o) {
    const v = o[k];
    switch (k) {
      // the same test as the Minimatch constructor
      case "windowsPathsNoEscape":
        if (v)
          wpe = true;
        break;
      case AWE_KEY:
        if (v === false)
          wpe = true;
        break;
      case "platform": {
        const p = v || defaultPlatform;
        if (p === defaultPlatform)
          break;
        if (p === "darwin")
          n += 3;
        else if (p === "win32")
          n += 6;
        else if (p === "linux")
          n += 9;
        else
          return JSON.stringify(o);
        break;
      }
      case "optimizationLevel":
        if (v === void 0)
          break;
        n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
        break;
      case "braceExpandMax":
        if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "maxGlobstarRecursion":
        if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "normalize":
        if (v !== void 0)
          return JSON.stringify(o);
        break;
      default:
        n += (booleanWeights.get(k) ?? 0) * tri(v);
    }
  }
  return wpe ? n + 12 : n;
};
var copyOptions = (o) => {
  const copy = {};
  for (const k in o)
    copy[k] = o[k];
  return copy;
};
var cachedMinimatch = (pattern, options) => {
  const key2 = options ? optionsKey(options) : 0;
  let mm = cache2.get(key2)?.get(pattern);
  if (mm)
    return mm;
  mm = oldCache.get(key2)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options));
  const weight = cacheWeight(mm);
  if (weight > cacheMaxEntryWeight)
    return mm;
  if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
    oldCache = cache2;
    cache2 = /* @__PURE__ */ new Map();
    cacheSize = 0;
    cacheTotalWeight = 0;
  }
  let byPattern = cache2.get(key2);
  if (!byPattern)
    cache2.set(key2, byPattern = /* @__PURE__ */ new Map());
  byPattern.set(pattern, mm);
  cacheSize++;
  cacheTotalWeight += weight;
  return mm;
};
var defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep2 = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep2;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var filter = (pattern, options) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  let p = pattern.replace(/\\\\/g, "\\\\\\\\");
  if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
    p = p.replace(/\[([{}])\]/g, "[\\$1]");
  }
  return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var RANGE_MIN = 100;
var rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
var inRepeatOrNegExt = (portion, mark2) => {
  const stack = [];
  for (let i2 = 0; i2 < portion.length; i2++) {
    const c = portion.charAt(i2);
    if (c === "\\") {
      i2++;
    } else if (c === mark2) {
      if (stack.some((t) => t !== "@" && t !== "?"))
        return true;
    } else if (portion.charAt(i2 + 1) === "(" && "!?+*@".includes(c)) {
      stack.push(c);
      i2++;
    } else if (c === ")") {
      stack.pop();
    }
  }
  return false;
};
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var classEnd = (pattern, start2) => {
  let i2 = start2 + 1;
  if (pattern.charAt(i2) === "!" || pattern.charAt(i2) === "^")
    i2++;
  let sawStart = false;
  for (; i2 < pattern.length; i2++) {
    const c = pattern.charAt(i2);
    if (c === "]" && sawStart)
      return i2;
    sawStart = true;
    if (c === "\\")
      i2++;
  }
  return -1;
};
var literal = (pattern, noext) => {
  if (!noext && (pattern === "+()" || pattern === "@()"))
    return pattern;
  let lit2 = "";
  for (let i2 = 0; i2 < pattern.length; i2++) {
    const c = pattern.charAt(i2);
    if (c === "\\") {
      lit2 += pattern.charAt(++i2) || c;
    } else if (c === "*" || c === "?") {
      return void 0;
    } else if (c === "[") {
      const close = classEnd(pattern, i2);
      if (close === -1) {
        lit2 += c;
        continue;
      }
      let body2 = pattern.slice(i2 + 1, close);
      if (body2.startsWith("\\"))
        body2 = body2.slice(1);
      if ([...body2].length !== 1 || "!^".includes(pattern.charAt(i2 + 1))) {
        return void 0;
      }
      lit2 += body2;
      i2 = close;
    } else if (!noext && "+@!".includes(c) && pattern.charAt(i2 + 1) === "(" && pattern.includes(")", i2 + 2)) {
      return void 0;
    } else {
      lit2 += c;
    }
  }
  return lit2;
};
var MAX_EXTGLOBS = 256;
var extglobCount = (pattern) => {
  let n = 0;
  for (let i2 = 0; i2 < pattern.length - 1; i2++) {
    const c = pattern.charAt(i2);
    if (c === "\\") {
      i2++;
    } else if ("+@!?*".includes(c) && pattern.charAt(i2 + 1) === "(") {
      n++;
      i2++;
    }
  }
  return n;
};
var assertValidExtglobs = (pattern) => {
  if (extglobCount(pattern) > MAX_EXTGLOBS) {
    throw new TypeError("pattern has too many extglobs");
  }
};
var extSafe = (pattern) => {
  if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
    return false;
  let depth = 0;
  for (let i2 = 0; i2 < pattern.length; i2++) {
    const c = pattern.charAt(i2);
    if (c === "\\") {
      if (++i2 === pattern.length)
        return false;
    } else if (c === "[") {
      const close = classEnd(pattern, i2);
      if (close !== -1)
        i2 = close;
    } else if ("+@!?*".includes(c) && pattern.charAt(i2 + 1) === "(") {
      depth++;
      i2++;
    } else if (c === ")") {
      if (!depth--)
        return false;
    } else if (c === "|" && !depth) {
      return false;
    }
  }
  return !depth;
};
var lastSplit;
var lastChecked;
var portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
var endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
var isDots = (p) => p === "." || p === "..";
var isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
var isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
var uncHost = (p) => {
  if (p[0] !== "" || p[1] !== "")
    return -1;
  const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
  const host = p[h];
  const share = p[h + 1];
  return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
};
var walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
var dotPortion = (f, start2, end, dot, sep6) => {
  for (let k = start2; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return true;
      const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep6))
        return true;
    }
    const s = nextSep(f, k, sep6);
    if (s === -1)
      return false;
    k = s + 1;
    while (k < end && isSep(f.charCodeAt(k), sep6))
      k++;
  }
  return false;
};
var isSep = (c, sep6) => sep6 === "/" ? c === 47 : sep6 === "\\" ? c === 92 : c === 47 || c === 92;
var nextSep = (f, from, sep6) => {
  if (sep6 !== "both")
    return f.indexOf(sep6, from);
  const s = f.indexOf("/", from);
  const b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
var lastSep = (f, from, sep6) => sep6 !== "both" ? f.lastIndexOf(sep6, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
var PENDING = {};
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  // the path can be checked against the last portion, and the string
  // portions, of each row before it is split. See #canMatch.
  #endCheck;
  #literalCheck;
  // level 2 resolves `.` and `..` portions in the path
  #level2;
  // the unicode normalization form, if any
  #form;
  // the string portions of each row in the set
  #literals = [];
  // the rows that #canMatch can match without splitting the path
  #shapes = [];
  // the rows whose last portion can be checked against the path's
  #endRows = [];
  // brace expansion can make the same portion in many rows, so they
  // share one Matcher, and the states that it caches
  #matchers = /* @__PURE__ */ new Map();
  // parse() returns PENDING in place of a Matcher
  #pending = false;
  // the char that marks numeric ranges in globSet, if any
  #rangeMark;
  // the GlobstarParts of each pattern row, by start index and partial
  #globstarParts = /* @__PURE__ */ new WeakMap();
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.#endCheck = !this.preserveMultipleSlashes;
    this.#level2 = (options.optimizationLevel ?? 1) >= 2;
    const n = options.normalize;
    this.#form = n === true ? "NFC" : n || void 0;
    this.make();
    const drives = this.set.map((row) => this.#rootIndex(row));
    this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
    this.#literals = this.set.map((row, r) => {
      const end = this.#endRows[r] ? row.length - 1 : row.length;
      const lits = row.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
      return [...new Set(lits)];
    });
    this.#literalCheck = this.#literals.some((l) => l.length);
    this.#shapes = this.set.map((row, r) => {
      const [p0, p1, p2] = row;
      if (this.#endRows[r] && row.length === 2) {
        if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
          return "tail";
      }
      if (this.#endRows[r] && options.matchBase && row.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
        return "base";
      }
      if (!this.#endCheck || drives[r] !== -1)
        return void 0;
      if (row.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
      this.maxGlobstarRecursion > 0) {
        return "mid";
      }
      if (row.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
        return "head";
      }
      return void 0;
    });
  }
  // a string portion of a pattern, normalized if the option is set
  #norm(p) {
    return this.#form ? p.normalize(this.#form) : p;
  }
  // On Windows, the index of the last root portion of a row, as
  // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
  // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
  // -1.
  #rootIndex(row) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row[0]))
      return 0;
    const uncDrive = row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3]);
    if (uncDrive)
      return 3;
    const h = uncHost(row);
    return h === -1 ? -1 : h + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.#expandBraces())];
    const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.#pending = true;
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
        const isDrive2 = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, n).map((p) => this.#norm(p)),
            ...s.slice(n).map((ss) => this.parse(ss))
          ];
        } else if (isDrive2) {
          return [
            this.#norm(s[0]),
            ...s.slice(1).map((ss) => this.parse(ss))
          ];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i2 = 0; i2 < this.set.length; i2++) {
        const p = this.set[i2];
        if (p[0] === "" && p[1] === "" && this.globParts[i2][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i2][3]))) {
          if (isLongUNC(this.globParts[i2][3]))
            p[3] = "UNC";
          p[2] = "?";
        }
      }
    }
    if (!options.noext)
      this.mergeRows();
    this.#pending = false;
    this.set.forEach((row, i2) => {
      for (let k = 0; k < row.length; k++) {
        if (row[k] === PENDING) {
          row[k] = this.parse(this.globParts[i2][k]);
        }
      }
    });
  }
  // Merge rows that only differ in one portion, where each of them
  // is a Matcher, into one row that matches any of them with
  // `@(a|b|...)`. Then a path is only walked once for all of them,
  // for example with `**/*.{js,ts}`.
  mergeRows() {
    let merged = true;
    while (merged) {
      merged = false;
      if (this.set.length < 2)
        return;
      let keys = this.#mergeKeys();
      const len = Math.max(0, ...this.set.map((r) => r.length));
      for (let k = 0; k < len; k++) {
        const groups = /* @__PURE__ */ new Map();
        const R = this.set.length + 1;
        this.set.forEach((row, i2) => {
          if (!(row[k] instanceof Matcher || row[k] === PENDING) || !extSafe(this.globParts[i2][k])) {
            return;
          }
          const { pre, suf } = keys[i2];
          const key2 = pre[k] * R + suf[k + 1];
          const g = groups.get(key2);
          if (g)
            g.push(i2);
          else
            groups.set(key2, [i2]);
        });
        const drop = /* @__PURE__ */ new Set();
        for (const g of groups.values()) {
          if (g.length < 2)
            continue;
          const [first, ...rest] = g;
          const alts = g.map((i2) => this.globParts[i2][k]);
          const glob2 = `@(${alts.join("|")})`;
          if (extglobCount(glob2) > MAX_EXTGLOBS)
            continue;
          this.globParts[first][k] = glob2;
          this.set[first][k] = this.parse(glob2);
          for (const i2 of rest)
            drop.add(i2);
        }
        if (drop.size) {
          merged = true;
          this.set = this.set.filter((_, i2) => !drop.has(i2));
          this.globParts = this.globParts.filter((_, i2) => !drop.has(i2));
          if (this.set.length < 2)
            return;
          keys = this.#mergeKeys();
        }
      }
    }
  }
  // For each row, number ids for its prefixes and suffixes, such that
  // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
  // Two rows are the same other than at portion k exactly when they
  // have the same pre[k] and suf[k + 1]. This is linear in the size of
  // the rows, where joining the whole row for every k was quadratic.
  #mergeKeys() {
    const partIds = /* @__PURE__ */ new Map();
    const ids = this.globParts.map((parts2) => parts2.map((s) => {
      let id = partIds.get(s);
      if (id === void 0)
        partIds.set(s, id = partIds.size);
      return id;
    }));
    const P = partIds.size;
    const len = Math.max(0, ...ids.map((r) => r.length));
    const keys = ids.map((r) => ({
      pre: [0],
      suf: new Array(r.length + 1).fill(0)
    }));
    for (let k = 0; k < len; k++) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i2) => {
        if (k >= r.length)
          return;
        const { pre } = keys[i2];
        const key2 = pre[k] * P + r[k];
        let id = m.get(key2);
        if (id === void 0)
          m.set(key2, id = m.size + 1);
        pre.push(id);
      });
    }
    for (let k = len - 1; k >= 0; k--) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i2) => {
        if (k >= r.length)
          return;
        const { suf } = keys[i2];
        const key2 = suf[k + 1] * P + r[k];
        let id = m.get(key2);
        if (id === void 0)
          m.set(key2, id = m.size + 1);
        suf[k] = id;
      });
    }
    return keys;
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts2) => {
      let gs = -1;
      while (-1 !== (gs = parts2.indexOf("**", gs + 1))) {
        let i2 = gs;
        while (parts2[i2 + 1] === "**") {
          i2++;
        }
        if (i2 !== gs) {
          parts2.splice(gs, i2 - gs);
        }
      }
      return parts2;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts2) => {
      const root = this.#rootIndex(parts2) + 1;
      parts2 = parts2.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (set.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts2.length === 0 ? [""] : parts2;
    });
  }
  // Check the path against each row before it is split. 'no' if no
  // row can match, so it does not need to be split. 'yes' if a row of
  // `**` and one more portion matches. 'maybe' if it must be split to
  // know. None of this applies with partial, where the path can end
  // before the row does.
  //
  // On Windows, `\` is a separator in the path too, and the portions of
  // a row up to its drive letter or UNC share are not checked (see
  // #rootIndex).
  //
  // Each string portion of a row must be a portion of the path, so the
  // path must contain it. Level 2 can only take portions out of the
  // path, so this is still true then.
  //
  // The last portion of a row must match the last portion of the path,
  // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
  // This does not apply to rows that end in **, rows that end in a
  // root, or preserveMultipleSlashes (which can leave more
  // than one '' at the end). At level 2, it does not apply if that
  // portion is `.` or `..`, which can be
  // resolved away. Level 2 only takes other portions out of the
  // middle of the path.
  //
  // A row of `**/x` then matches if the ** can walk the portions
  // before the one that x matches, the same as #matchGlobstar. At
  // level 2, this is only known if none of them are `.` or `..`, so
  // that the path does not change when it is resolved.
  #canMatch(f) {
    const sep6 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
    let ends = this.#endCheck ? 0 : -1;
    let last = "";
    let lastStart = 0;
    let prev;
    let prevStart = 0;
    const dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      const row = this.set[r];
      const p = row[row.length - 1];
      let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        const i2 = lastSep(f, f.length, sep6);
        lastStart = i2 + 1;
        last = f.slice(lastStart);
        if (last === "" && i2 >= 0) {
          let j = i2;
          while (j > 0 && isSep(f.charCodeAt(j - 1), sep6))
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep6) + 1;
          prev = f.slice(prevStart, j);
        }
        const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
        ends = resolves ? -1 : 1;
        end = !resolves;
      }
      let tailStart = -1;
      if (end && typeof p === "string") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      if (this.#literalCheck) {
        for (const l of this.#literals[r]) {
          if (!f.includes(l))
            continue ROWS;
        }
      }
      if (end && typeof p === "object") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      const shape = this.#shapes[r];
      if (shape === "base" && end)
        return "yes";
      if (shape === "tail" && end) {
        if (this.#level2 && dotPortion(f, 0, tailStart, true, sep6)) {
          return "maybe";
        }
        if (!dotPortion(f, 0, tailStart, dot, sep6))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        const m = this.#walk(f, row, shape === "head", dot, sep6);
        if (m !== "no")
          return m;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  // Match a row of a known shape against the split path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do. None of these
  // rows have a drive letter, so they start at the first portion.
  #matchShape(file, row, shape) {
    const dot = !!this.options.dot;
    const n = file.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row[0], file[0])) {
        return false;
      }
      for (let i2 = 1; i2 < n; i2++)
        if (!walkable(file[i2], dot))
          return false;
      return true;
    }
    const x = row[1];
    if (shape === "tail") {
      let t = n - 1;
      if (!portionMatch(x, file[t])) {
        if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
          return false;
        }
      }
      for (let i2 = 0; i2 < t; i2++)
        if (!walkable(file[i2], dot))
          return false;
      return true;
    }
    for (let k = 0; k < n; k++) {
      if (portionMatch(x, file[k]) && k + 1 < n) {
        let i2 = k + 1;
        while (i2 < n && walkable(file[i2], dot))
          i2++;
        if (i2 === n)
          return true;
      }
      if (!walkable(file[k], dot))
        return false;
    }
    return false;
  }
  // Match a row of `**/x/**` or `x/**` against the path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do once it is split.
  // x must match a portion (the first one, for `x/**`), the ** before
  // it must be able to walk the portions before that one, and there
  // must be a portion after it, which the ** after it can walk. At
  // level 2, this is only known if no portion is `.` or `..`.
  #walk(f, row, head, dot, sep6) {
    if (this.#level2 && dotPortion(f, 0, f.length, true, sep6))
      return "maybe";
    const x = row[head ? 0 : 1];
    let s = 0;
    for (let e = nextSep(f, s, sep6); e !== -1; e = nextSep(f, s, sep6)) {
      let next = e + 1;
      while (next < f.length && isSep(f.charCodeAt(next), sep6))
        next++;
      const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
      if (hit && !dotPortion(f, next, f.length, dot, sep6))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep6))
        return "no";
      s = next;
    }
    return "no";
  }
  // the last split, if it was the same path with the same split
  // settings
  #cachedSplit(f) {
    const last = lastSplit;
    return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
  }
  // split a path for match(), and keep the parts for the next call
  #split(f) {
    const { isWindows, preserveMultipleSlashes } = this;
    let parts2 = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
    const normalize2 = this.#form;
    if (normalize2)
      parts2 = parts2.map((p) => p.normalize(normalize2));
    lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize2,
      parts: parts2
    };
    return lastSplit;
  }
  // resolve `.` and `..` portions of a path, for level 2
  #levelTwoFileOptimize(file) {
    const parts2 = [...file];
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i2 = 1; i2 < parts2.length - 1; i2++) {
          const p = parts2[i2];
          if (i2 === 1 && p === "" && parts2[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts2.splice(i2, 1);
            i2--;
          }
        }
        if (parts2[0] === "." && parts2.length === 2 && (parts2[1] === "." || parts2[1] === "")) {
          didSomething = true;
          parts2.pop();
        }
      }
      const root = this.#rootIndex(parts2) + 1;
      let dd = root;
      while (-1 !== (dd = parts2.indexOf("..", dd + 1))) {
        const p = parts2[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**") {
          didSomething = true;
          parts2.splice(dd - 1, 2);
          dd = Math.max(dd - 2, root);
        }
      }
    } while (didSomething);
    return parts2.length === 0 ? [""] : parts2;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
    let splitCells = 0;
    const maxSplitCells = 1e6;
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts2 of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts2.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts2[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts2.splice(gs + 1, gss - gs);
          }
          let next = parts2[gs + 1];
          const p = parts2[gs + 2];
          const p2 = parts2[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          const addedCells = parts2.length - 1;
          if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
            throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
          }
          didSomething = true;
          parts2.splice(gs, 1);
          const other2 = parts2.slice(0);
          other2[gs] = "**";
          splitCells += addedCells;
          globParts.push(other2);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i2 = 1; i2 < parts2.length - 1; i2++) {
            const p = parts2[i2];
            if (i2 === 1 && p === "" && parts2[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts2.splice(i2, 1);
              i2--;
            }
          }
          if (parts2[0] === "." && parts2.length === 2 && (parts2[1] === "." || parts2[1] === "")) {
            didSomething = true;
            parts2.pop();
          }
        }
        const root = this.#rootIndex(parts2) + 1;
        let dd = root;
        while (-1 !== (dd = parts2.indexOf("..", dd + 1))) {
          const p = parts2[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts2[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts2.splice(dd - 1, 2, ...splin);
            if (parts2.length === 0)
              parts2.push("");
            dd = Math.max(dd - 2, root);
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  secondPhasePreProcess(globParts) {
    const keys = /* @__PURE__ */ new Set();
    const rows = globParts.filter((parts2) => {
      const key2 = parts2.join("/");
      if (keys.has(key2))
        return false;
      keys.add(key2);
      return true;
    });
    const stars = /* @__PURE__ */ new Map();
    for (const parts2 of rows) {
      const s = [];
      for (let i2 = 0; i2 < parts2.length; i2++) {
        if (parts2[i2] === "*")
          s.push(i2);
      }
      if (s.length)
        stars.set(s.join(","), s);
    }
    if (!stars.size || rows.length * stars.size > 1e5)
      return rows;
    const { dot } = this.options;
    return rows.filter((parts2) => {
      for (const s of stars.values()) {
        if (s[s.length - 1] >= parts2.length)
          continue;
        const c = [...parts2];
        let ok = true;
        let changed = false;
        for (const i2 of s) {
          const p = parts2[i2];
          if (p === "*")
            continue;
          if (!p || p === "**" || !dot && p.startsWith(".")) {
            ok = false;
            break;
          }
          c[i2] = "*";
          changed = true;
        }
        if (ok && changed && keys.has(c.join("/")))
          return false;
      }
      return true;
    });
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i2 = 0; i2 < pattern.length && pattern.charAt(i2) === "!"; i2++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // Match the parts of a path against one row of the set. `resolved`
  // is the parts after level 2 resolves `.` and `..` in them, or the
  // same parts below level 2. Set partial to true to test if, for
  // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
  // you run out of file before you run out of pattern, then that's
  // fine, as long as all the parts match.
  #matchRow(file, resolved, pattern, partial) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    const fh = this.isWindows ? uncHost(resolved) : -1;
    const ph = fh === -1 ? -1 : uncHost(pattern);
    if (ph !== -1) {
      const host = pattern[ph];
      const share = pattern[ph + 1];
      if (typeof host !== "string" || typeof share !== "string") {
        fileStartIndex = fh;
        patternStartIndex = ph;
      } else if (resolved[fh].toLowerCase() === host.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
        fileStartIndex = fh + 2;
        patternStartIndex = ph + 2;
      }
    } else if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          patternStartIndex = pdi + 1;
          fileStartIndex = fdi + 1;
        }
      }
    }
    file = resolved;
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const { head, body: body2, tail, segments: segments2 } = this.#getGlobstarParts(pattern, partial, patternIndex);
    if (head.length) {
      const headEnd = fileIndex + head.length;
      if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body2.length) {
      let sawSome = !!fileTailMatch;
      for (let i2 = fileIndex; i2 < file.length - fileTailMatch; i2++) {
        const f = String(file[i2]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    return !!this.#matchGlobStarBodySections(file, segments2, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
  }
  // Split the pattern into head, tail, and middle of ** delimited
  // parts. The tail has to be at the end, and the others just have to
  // be found in order from the head. These only depend on the pattern
  // row, so they are kept for the next path.
  #getGlobstarParts(pattern, partial, patternIndex) {
    let byStart = this.#globstarParts.get(pattern);
    if (!byStart) {
      byStart = [];
      this.#globstarParts.set(pattern, byStart);
    }
    const key2 = patternIndex * 2 + (partial ? 1 : 0);
    const found = byStart[key2];
    if (found)
      return found;
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const head = pattern.slice(patternIndex, firstgs);
    const body2 = pattern.slice(firstgs + 1, partial ? void 0 : lastgs);
    const tail = partial ? [] : pattern.slice(lastgs + 1);
    const segments2 = [[[], 0]];
    let current = segments2[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body2) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        current = [[], 0];
        segments2.push(current);
      } else {
        current[0].push(b);
        nonGsParts++;
      }
    }
    segments2.forEach((b, i2) => {
      b[1] = nonGsParts - nonGsPartsSums[i2];
    });
    const parts2 = { head, body: body2, tail, segments: segments2 };
    byStart[key2] = parts2;
    return parts2;
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      if (partial) {
        return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
      }
      for (let i2 = fileIndex; i2 < fileLength; i2++) {
        sawTail = true;
        const f = file[i2];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body2, need] = bs;
    const after = partial ? fileLength : fileLength - need;
    while (fileIndex <= after) {
      const key2 = bodyIndex * (file.length + 1) + fileIndex;
      if (tried.has(key2))
        return false;
      tried.add(key2);
      const m = this.#matchOne(file, body2, partial, fileIndex, 0, fileIndex + body2.length);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body2.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
        if (sub !== false) {
          return sub;
        }
      }
      if (fileIndex === after)
        break;
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      let p = pattern[pi];
      let f = file[fi];
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      if (!portionMatch(p, f))
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  // Expand braces, except numeric ranges such as {0..999} with at
  // least RANGE_MIN values. Each of those stays in its pattern as
  // `<mark>0..999<mark>`, for the Matcher to test. If a range might
  // be inside a [...] class, expand all of them instead.
  #expandBraces() {
    const { pattern } = this;
    if (this.options.nobrace)
      return this.braceExpand();
    let code3 = 57344;
    while (pattern.includes(String.fromCharCode(code3))) {
      if (++code3 > 63743)
        return this.braceExpand();
    }
    const mark2 = String.fromCharCode(code3);
    let found = false;
    const marked = pattern.replace(rangeRe, (m, lo, hi) => {
      const a = Number(lo);
      const b = Number(hi);
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
        return m;
      }
      found = true;
      return `${mark2}${lo}..${hi}${mark2}`;
    });
    if (!found)
      return this.braceExpand();
    const set = braceExpand(marked, this.options);
    for (const p of set) {
      for (const portion of p.split("/")) {
        const c = portion.indexOf("[");
        if (c !== -1 && c < portion.lastIndexOf(mark2)) {
          return this.braceExpand();
        }
        if (!this.options.noext && inRepeatOrNegExt(portion, mark2)) {
          return this.braceExpand();
        }
      }
    }
    this.#rangeMark = mark2;
    return set;
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize2 } = options;
    const rangeMark = this.#rangeMark;
    const lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) {
      return this.#norm(lit2);
    }
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern);
    if (!m) {
      if (!noext)
        assertValidExtglobs(pattern);
      m = new Matcher(pattern, {
        nocase,
        noext,
        dot,
        normalize: normalize2,
        ...rangeMark && { rangeMark }
      });
      this.#matchers.set(pattern, m);
    }
    return m;
  }
  #slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    let split = this.#cachedSplit(f);
    if (!split) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        const can = this.#canMatch(f);
        if (can === "no")
          return options.flipNegate ? false : this.negate;
        if (can === "yes")
          return options.flipNegate ? true : !this.negate;
      }
      split = this.#split(f);
    }
    const ff = split.parts;
    const resolved = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
    const set = this.set;
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i2 = ff.length - 2; !filename && i2 >= 0; i2--) {
        filename = ff[i2];
      }
    }
    for (let r = 0; r < set.length; r++) {
      const pattern = set[r];
      const shape = partial ? void 0 : this.#shapes[r];
      const hit = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/waivers/apply.ts
var NOTES = {
  expired: "the exception in {{source}} expired on {{expires}}",
  noReason: "the sg-guard:ignore comment at {{at}} gives no reason, and one is required",
  noRule: "the sg-guard:ignore comment at {{at}} names no rule",
  all: "sg-guard:ignore {{rule}} at {{at}} is not supported; name one rule per comment",
  unknownRule: 'the sg-guard:ignore comment at {{at}} names "{{rule}}", which is no rule'
};
var ALL_RULES = /* @__PURE__ */ new Set(["all", "*"]);
var SLASH = "\uE000";
function resourceMatcher(pattern) {
  const glob2 = new Minimatch(pattern.replaceAll("/", SLASH), { dot: true, nocomment: true, nonegate: true, platform: "linux" });
  return (address) => address === pattern || glob2.match(address.replaceAll("/", SLASH));
}
function rootMatcher(globs) {
  if (globs === void 0) return () => true;
  const compiled = globs.map((g) => new Minimatch(g, { dot: true, nocomment: true, nonegate: true, platform: "linux" }));
  return (root) => compiled.some((g) => g.match(root));
}
function rootsOf(report, given) {
  const known = new Map(report.plans.map((p) => [p.path, planRoot(p)]));
  return (plan) => given?.get(plan) ?? known.get(plan) ?? planLabel(plan);
}
function utcDate(d) {
  return d.toISOString().slice(0, 10);
}
function compileExceptions(exceptions) {
  return exceptions.map((e) => ({ ...e, matches: resourceMatcher(e.resource), inRoot: rootMatcher(e.roots) }));
}
function applySuppressions(report, options) {
  const today = utcDate(options.today);
  const exceptions = compileExceptions(options.exceptions);
  const known = options.rules ? new Set(options.rules) : null;
  const rootOf = rootsOf(report, options.roots);
  const judge = (f, plan, resource) => {
    const comments = f.location ? options.sources?.get(plan)?.suppressionsFor(f.location) ?? [] : [];
    const at = (c) => `${f.location?.file ?? ""}:${c.line}`;
    const inline = comments.find((c) => c.rule === f.rule && c.reason !== "");
    if (inline) return suppress(f, { kind: "inline", reason: inline.reason, expires: null, source: at(inline) });
    const root = rootOf(plan);
    const matching = exceptions.filter((e) => e.rule === f.rule && e.matches(resource) && e.inRoot(root));
    const active = matching.find((e) => e.expires === null || today <= e.expires);
    if (active) return suppress(f, { kind: "exception", reason: active.reason, expires: active.expires, source: active.source });
    const notes = [];
    for (const c of comments) {
      if (c.rule === f.rule) notes.push(fillTemplate(NOTES.noReason, { at: at(c) }));
      else if (c.rule === "") notes.push(fillTemplate(NOTES.noRule, { at: at(c) }));
      else if (ALL_RULES.has(c.rule)) notes.push(fillTemplate(NOTES.all, { rule: c.rule, at: at(c) }));
      else if (known && !known.has(c.rule)) notes.push(fillTemplate(NOTES.unknownRule, { rule: c.rule, at: at(c) }));
    }
    const expired = matching.reduce((latest, e) => latest === null || (e.expires ?? "") > (latest.expires ?? "") ? e : latest, null);
    if (expired) notes.push(fillTemplate(NOTES.expired, { source: expired.source, expires: expired.expires ?? "" }));
    const fresh = notes.filter((n) => !f.message.includes(n));
    return fresh.length > 0 ? { ...f, message: `${f.message} (${fresh.join("; ")})` } : f;
  };
  let split = false;
  const findings = report.findings.flatMap((f) => {
    if (f.suppression) return [f];
    if (!f.places || f.places.length < 2) return [judge(f, f.plan, f.resource)];
    const parts2 = splitByOutcome(f, (place) => judge(f, place.plan, place.resource));
    if (parts2.length > 1) split = true;
    return parts2;
  });
  const final = split ? uniqueIds(findings) : findings;
  return { ...report, findings: final, summary: summarise(final, report.failOn, report.failOnScope) };
}
function splitByOutcome(f, judge) {
  const places = f.places ?? [{ plan: f.plan, resource: f.resource }];
  const groups = /* @__PURE__ */ new Map();
  for (const place of places) {
    const judged = judge(place);
    const key2 = JSON.stringify([judged.suppression, judged.message, judged.waiverRequest ?? null]);
    const group = groups.get(key2);
    if (group) group.places.push(place);
    else groups.set(key2, { judged, places: [place] });
  }
  if (groups.size === 1) {
    const only = [...groups.values()][0];
    return [{ ...only.judged, places: places.map((p) => ({ ...p })) }];
  }
  return [...groups.values()].map(({ judged, places: own }, i2) => {
    const first = own[0];
    const moved = first.plan === f.plan && first.resource === f.resource ? judged : movedTo(judged, f.resource, first);
    const { places: _places, aliases, ...rest } = moved;
    const part = { ...rest, ...i2 === 0 && aliases ? { aliases } : {} };
    if (own.length > 1) part.places = own.map((p) => ({ ...p }));
    return part;
  });
}
function movedTo(f, from, place) {
  const moved = { ...f, plan: place.plan, resource: place.resource };
  let common = 0;
  while (common < from.length && common < place.resource.length && from[from.length - 1 - common] === place.resource[place.resource.length - 1 - common]) common++;
  let tail = common;
  while (tail > 0 && !(tail < common && from[from.length - tail - 1] === ".")) tail--;
  const oldPrefix = from.slice(0, from.length - tail);
  const newPrefix = place.resource.slice(0, place.resource.length - tail);
  if (oldPrefix !== "" && oldPrefix !== newPrefix) {
    if (f.securityGroup?.startsWith(oldPrefix)) moved.securityGroup = newPrefix + f.securityGroup.slice(oldPrefix.length);
    moved.message = f.message.replaceAll(oldPrefix, newPrefix);
  }
  return moved;
}
function suppress(f, suppression) {
  return { ...f, suppression };
}

// src/waivers/review.ts
var INLINE_IGNORE_MODES = ["review", "trust", "off"];

// src/config/exceptions.ts
var EXCEPTION_KEYS = ["rule", "resource", "reason", "expires", "roots"];
var MAX_ROOT_GLOBS = 100;
var show4 = (v) => JSON.stringify(v) ?? String(v);
var fail3 = (error) => ({ ok: false, error });
function readDate(v) {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return null;
  const d = /* @__PURE__ */ new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v ? v : null;
}
function readRoots(v) {
  const example = 'a list of root directories or globs, relative to the repository root, such as [live/dev, "live/eu-*"]';
  if (!Array.isArray(v) || v.length === 0) return fail3(`.roots must be ${example}, not ${show4(v)}`);
  if (v.length > MAX_ROOT_GLOBS) return fail3(`.roots has more than ${MAX_ROOT_GLOBS} entries`);
  const out2 = [];
  for (const [i2, item] of v.entries()) {
    const root = typeof item === "string" ? item.trim().replace(/^(?:\.\/)+/, "").replace(/\/+$/, "") || "." : null;
    const bad = root === null || root.length > 1024 || // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f\\]/.test(root) || root.startsWith("/") || root.startsWith("!") || /^[A-Za-z]:/.test(root) || root !== "." && root.split("/").some((part) => part === "" || part === "." || part === "..");
    if (bad) return fail3(`.roots[${i2}] ${show4(item)} is not a root directory or glob relative to the repository root (such as live/dev or "live/eu-*")`);
    out2.push(root);
  }
  return { ok: true, value: out2 };
}
function readExceptions(v, rules, source) {
  if (!Array.isArray(v)) return fail3(`must be a list of {rule, resource, reason, expires?, roots?}, not ${show4(v)}`);
  const out2 = [];
  for (const [i2, item] of v.entries()) {
    const at = `[${i2}]`;
    if (item === null || typeof item !== "object" || Array.isArray(item)) return fail3(`${at} must be a mapping {rule, resource, reason, expires?, roots?}, not ${show4(item)}`);
    const entry = item;
    for (const key2 of Object.keys(entry)) {
      if (!EXCEPTION_KEYS.includes(key2)) return fail3(`${at} has unknown key "${key2}" (known: ${EXCEPTION_KEYS.join(", ")})`);
    }
    const { rule: rule20, resource, reason } = entry;
    if (typeof rule20 !== "string" || rule20 === "") return fail3(`${at}.rule is required: the name of one rule, not ${show4(rule20)}`);
    if (!rules.includes(rule20)) return fail3(`${at}.rule "${rule20}" is not a rule (see docs/rules/, or custom-rules)`);
    if (typeof resource !== "string" || resource.trim() === "") return fail3(`${at}.resource is required: a resource address or glob such as "module.legacy.*", not ${show4(resource)}`);
    if (typeof reason !== "string" || reason.trim() === "") return fail3(`${at}.reason is required: say why the finding is accepted`);
    let expires = null;
    if (entry.expires !== void 0 && entry.expires !== null) {
      expires = readDate(entry.expires);
      if (expires === null) return fail3(`${at}.expires ${show4(entry.expires)} is not a date in the form YYYY-MM-DD`);
    }
    const exception = { rule: rule20, resource: resource.trim(), reason: reason.trim(), expires, source };
    if (entry.roots !== void 0) {
      const roots2 = readRoots(entry.roots);
      if (!roots2.ok) return fail3(`${at}${roots2.error}`);
      exception.roots = roots2.value;
    }
    out2.push(exception);
  }
  return { ok: true, value: out2 };
}

// src/rules/no-public-database.ts
var DATABASE_PORTS = [
  1433,
  1434,
  1521,
  2379,
  2380,
  2483,
  2484,
  3306,
  5432,
  5439,
  5984,
  6379,
  7e3,
  7001,
  8086,
  9042,
  9160,
  9200,
  9300,
  11211,
  "27017-27019"
];
var no_public_database_default = publicPortRule({
  name: "no-public-database",
  severity: "critical",
  title: "Database port open to the internet",
  description: "Ingress that lets the whole internet reach a database, cache or search-engine port (1433, 1521, 3306, 5432, 6379, 9200, 11211, 27017 and others).",
  why: "Databases should accept connections only from the application tier. Exposed databases are found by scanners within hours and are a leading cause of data breaches and ransom wipes.",
  fix: "Remove the internet CIDR and admit only the security groups of the application or Lambda functions that use the database (source_security_group_id / referenced_security_group_id).",
  references: [
    { title: "AWS Security Hub EC2.19: security groups should not allow unrestricted access to high-risk ports", url: "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19" },
    { title: "Amazon RDS: controlling access with security groups", url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.RDSSecurityGroups.html" }
  ],
  ports: DATABASE_PORTS,
  protocols: ["tcp"]
});

// src/rules/no-public-high-risk-port.ts
var HIGH_RISK_PORTS = [
  "20-21",
  // FTP
  25,
  // SMTP
  53,
  // DNS
  110,
  // POP3
  135,
  // Microsoft RPC
  "137-139",
  // NetBIOS
  143,
  // IMAP
  161,
  // SNMP
  389,
  // LDAP
  445,
  // SMB
  636,
  // LDAPS
  1522,
  // Oracle
  "2382-2383",
  // SQL Server Analysis Services
  3e3,
  // Grafana and development servers
  3020,
  // CIFS
  4333,
  // mSQL
  "4505-4506",
  // SaltStack master
  5e3,
  // development servers, Docker registry
  5500,
  // VNC listener
  5601,
  // Kibana
  7199,
  // Cassandra JMX
  8e3,
  // development web servers
  8020,
  // HDFS NameNode
  8080,
  // HTTP proxies and application servers
  8088,
  // Hadoop YARN
  8140,
  // Puppet master
  8888,
  // Jupyter, Cassandra OpsCenter
  9e3,
  // Hadoop, PHP-FPM, SonarQube
  9090,
  // Prometheus, Cockpit
  "11214-11215",
  // memcached over TLS
  50070,
  // HDFS NameNode web UI
  50470,
  // HDFS NameNode web UI over TLS
  "61620-61621"
  // Cassandra OpsCenter agents
];
var no_public_high_risk_port_default = publicPortRule({
  name: "no-public-high-risk-port",
  severity: "high",
  title: "High-risk port open to the internet",
  description: "Ingress that lets the whole internet reach a port AWS Security Hub (EC2.19) or KICS counts as high risk: FTP, SMTP, DNS, POP3/IMAP, NetBIOS/SMB, SNMP, LDAP, and the admin consoles and development servers on 3000, 5000, 5601, 8000, 8080, 8088, 8888, 9000 and 9090, among others. SSH, RDP, database and remote-administration ports have rules of their own.",
  why: "These services were rarely meant for the internet: file shares and RPC leak data and have a long history of wormable flaws, SNMP and DNS are abused for amplification, and dashboards on 3000/5601/8080/8888 often have no authentication at all.",
  fix: "Put the service behind a load balancer on 443, or admit the port only from the security groups or address ranges that need it; close what nobody uses.",
  references: [
    { title: "AWS Security Hub EC2.19: security groups should not allow unrestricted access to ports with high risk", url: "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19" },
    { title: "AWS Config: restricted-common-ports", url: "https://docs.aws.amazon.com/config/latest/developerguide/restricted-common-ports.html" },
    { title: "KICS: Sensitive Port Is Exposed To Entire Network", url: "https://docs.kics.io/latest/queries/terraform-queries/aws/381c3f2a-ef6f-4eff-99f7-b169cda3422c" }
  ],
  ports: HIGH_RISK_PORTS,
  protocols: ["tcp", "udp"]
});

// src/rules/no-public-rdp.ts
var RDP_PORTS = [3389];
var no_public_rdp_default = publicPortRule({
  name: "no-public-rdp",
  severity: "critical",
  title: "RDP open to the internet",
  description: "Ingress that lets the whole internet reach port 3389 (Remote Desktop), over TCP or UDP.",
  why: "Internet-facing RDP is one of the most common ways ransomware crews get in: it is brute-forced constantly and has had pre-authentication flaws (BlueKeep).",
  fix: "Allow 3389 only from trusted address ranges or a bastion security group, or use Systems Manager Fleet Manager instead of opening RDP.",
  references: [
    { title: "AWS Security Hub EC2.14: no ingress from 0.0.0.0/0 or ::/0 to port 3389", url: "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-14" },
    { title: "CIS AWS Foundations Benchmark 5.2 / 5.3", url: "https://www.cisecurity.org/benchmark/amazon_web_services" }
  ],
  ports: RDP_PORTS,
  protocols: ["tcp", "udp"]
});

// src/rules/no-public-remote-admin.ts
var REMOTE_ADMIN_PORTS = [23, "2375-2376", "5900-5903", "5985-5986", 6443, 10250];
var no_public_remote_admin_default = publicPortRule({
  name: "no-public-remote-admin",
  severity: "critical",
  title: "Remote administration port open to the internet",
  description: "Ingress that lets the whole internet reach a remote-administration port other than SSH and RDP: Telnet (23), the Docker daemon (2375-2376), VNC (5900-5903), WinRM (5985-5986), the Kubernetes API server (6443) or the kubelet (10250).",
  why: "Each of these hands out control of the host or the cluster: Telnet sends passwords in clear text, an exposed Docker socket or kubelet runs any container an attacker asks for, and VNC and WinRM are brute-forced like RDP. Scanners look for all of them.",
  fix: "Admit these ports only from the security group of a bastion or a VPN, or from trusted address ranges; for Kubernetes use a private API endpoint (or restrict public_access_cidrs) and never expose the kubelet.",
  references: [
    { title: "AWS Security Hub EC2.19: security groups should not allow unrestricted access to ports with high risk", url: "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19" },
    { title: "CIS AWS Foundations Benchmark 5.2 / 5.3: no ingress from 0.0.0.0/0 or ::/0 to remote server administration ports", url: "https://www.cisecurity.org/benchmark/amazon_web_services" },
    { title: "Docker: protect the Docker daemon socket", url: "https://docs.docker.com/engine/security/protect-access/" },
    { title: "Kubernetes: kubelet authentication and authorization", url: "https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/" }
  ],
  ports: REMOTE_ADMIN_PORTS,
  protocols: ["tcp"]
});

// src/rules/no-public-ssh.ts
var SSH_PORTS = [22];
var no_public_ssh_default = publicPortRule({
  name: "no-public-ssh",
  severity: "critical",
  title: "SSH open to the internet",
  description: "Ingress that lets the whole internet (0.0.0.0/0, ::/0 or CIDRs that add up to it) reach TCP port 22.",
  why: "SSH exposed to the world is scanned within minutes and brute-forced around the clock; one weak key or an OpenSSH flaw gives a shell on the instance.",
  fix: "Allow port 22 only from trusted address ranges or, better, from the security group of a bastion host; or drop SSH for AWS Systems Manager Session Manager.",
  references: [
    { title: "AWS Security Hub EC2.13: no ingress from 0.0.0.0/0 or ::/0 to port 22", url: "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-13" },
    { title: "CIS AWS Foundations Benchmark 5.2 / 5.3", url: "https://www.cisecurity.org/benchmark/amazon_web_services" }
  ],
  ports: SSH_PORTS,
  protocols: ["tcp"]
});

// src/config/presets.ts
var PRESET_NAMES = ["cis", "aws-fsbp", "kics"];
var EC2_19_PORTS = [20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3e3, 3306, 3389, 4333, 5e3, 5432, 5500, 5601, 8080, 8088, 8888, 9200, 9300];
var EC2_18_AUTHORIZED_PORTS = [80, 443];
var KICS_PORTS = [
  20,
  21,
  22,
  23,
  25,
  53,
  110,
  135,
  137,
  138,
  139,
  161,
  389,
  445,
  636,
  1433,
  1434,
  1521,
  1522,
  2375,
  2376,
  2382,
  2383,
  2483,
  2484,
  3e3,
  3020,
  3306,
  3389,
  4333,
  4505,
  4506,
  5432,
  5500,
  5601,
  5900,
  5985,
  6379,
  7e3,
  7001,
  7199,
  8e3,
  8020,
  8080,
  8140,
  8888,
  9e3,
  9042,
  9090,
  9160,
  9200,
  9300,
  11211,
  11214,
  11215,
  27017,
  27018,
  50070,
  50470,
  61620,
  61621
];
var PRESETS = {
  // CIS AWS Foundations 5.2-5.4: only SSH and RDP are remote-administration ports; the other lists stay as they are.
  cis: { flagged: [...SSH_PORTS, ...RDP_PORTS, ...DATABASE_PORTS, ...HIGH_RISK_PORTS] },
  "aws-fsbp": { flagged: EC2_19_PORTS, allowedPublicPorts: EC2_18_AUTHORIZED_PORTS },
  kics: { flagged: KICS_PORTS }
};
var SPECIFIC = [
  [no_public_ssh_default.meta.name, SSH_PORTS],
  [no_public_rdp_default.meta.name, RDP_PORTS],
  [no_public_remote_admin_default.meta.name, REMOTE_ADMIN_PORTS],
  [no_public_database_default.meta.name, DATABASE_PORTS]
];
var REST = no_public_high_risk_port_default.meta.name;
var toSpec = (r) => r.from === r.to ? r.from : `${r.from}-${r.to}`;
var intersect = (a, b) => subtractRanges(a, subtractRanges(a, b));
function presetOptions(names3) {
  const flagged = mergeRanges(names3.flatMap((n) => portRanges(PRESETS[n].flagged)));
  const ports = {};
  let claimed = [];
  for (const [rule20, list] of SPECIFIC) {
    const own = portRanges(list);
    ports[rule20] = intersect(mergeRanges(own), flagged).map(toSpec);
    claimed = [...claimed, ...own];
  }
  ports[REST] = subtractRanges(flagged, claimed).map(toSpec);
  const allowed = names3.flatMap((n) => PRESETS[n].allowedPublicPorts ?? []);
  return { ports, allowedPublicPorts: allowed.length > 0 ? [...new Set(allowed)].sort((a, b) => a - b) : null };
}
var show5 = (v) => JSON.stringify(v) ?? String(v);
var isPreset = (v) => typeof v === "string" && PRESET_NAMES.includes(v);
function readPresets(v) {
  if (isPreset(v)) return { ok: true, value: [v] };
  if (!Array.isArray(v)) return { ok: false, error: `must be ${PRESET_NAMES.join(", ")} or a list of them, not ${show5(v)}` };
  const out2 = [];
  for (const [i2, item] of v.entries()) {
    if (!isPreset(item)) return { ok: false, error: `[${i2}] ${show5(item)} is not a preset (known: ${PRESET_NAMES.join(", ")})` };
    if (!out2.includes(item)) out2.push(item);
  }
  return { ok: true, value: out2 };
}

// src/config/load.ts
var DEFAULT_CONFIG_PATH = ".github/sg-guard.yml";
var THRESHOLDS = [...SEVERITIES, "never"];
var DEFAULT_FAIL_ON = "high";
var DEFAULT_INLINE_MIN_SEVERITY = "medium";
function readLevel(value) {
  if (value === "off" || value === false) return { enabled: false };
  if (value === "on" || value === true) return { enabled: true };
  if (typeof value === "string" && SEVERITIES.includes(value)) return { enabled: true, severity: value };
  return null;
}
var RULE_ENTRY_KEYS = ["level", "roots"];
function readRuleEntries(file, name2, value, config) {
  const list = Array.isArray(value) ? value : [value];
  const expected = `"off", "on", a severity (${SEVERITIES.join(", ")}), {level, roots}, or a list of them`;
  if (list.length === 0) throw new InputError(file, `rules.${name2} must be ${expected}, not []`);
  for (const [i2, item] of list.entries()) {
    const at = Array.isArray(value) ? `rules.${name2}[${i2}]` : `rules.${name2}`;
    const plain = readLevel(item);
    if (plain) {
      config.settings[name2] = { ...config.settings[name2], ...plain };
      continue;
    }
    if (item === null || typeof item !== "object" || Array.isArray(item)) throw new InputError(file, `${at} must be ${expected}, not ${JSON.stringify(item)}`);
    const entry = item;
    for (const key2 of Object.keys(entry)) {
      if (!RULE_ENTRY_KEYS.includes(key2)) throw new InputError(file, `${at} has unknown key "${key2}" (known: ${RULE_ENTRY_KEYS.join(", ")})`);
    }
    const level = readLevel(entry.level);
    if (!level) throw new InputError(file, `${at}.level must be "off", "on" or a severity (${SEVERITIES.join(", ")}), not ${JSON.stringify(entry.level)}`);
    if (entry.roots === void 0) {
      config.settings[name2] = { ...config.settings[name2], ...level };
      continue;
    }
    const roots2 = read(file, at, readRoots(entry.roots));
    (config.rootSettings ??= []).push({ rule: name2, roots: roots2, ...level });
  }
}
var TOP_LEVEL_KEYS = ["fail-on", "fail-on-scope", "rules", "preset", "custom-rules", "exceptions", "inline-ignores", "inline-min-severity", ...OPTION_NAMES];
function keyed2(key2, error) {
  return `${key2}${error.startsWith("[") || error.startsWith(".") ? "" : " "}${error}`;
}
function read(file, key2, r) {
  if (!r.ok) throw new InputError(file, keyed2(key2, r.error));
  return r.value;
}
function isThreshold(v) {
  return typeof v === "string" && THRESHOLDS.includes(v);
}
function typedCollection(data) {
  const stack = [{ value: data, at: "the document" }];
  for (let next = stack.pop(); next !== void 0; next = stack.pop()) {
    const { value, at } = next;
    if (value instanceof Map || value instanceof Set) return at;
    if (Array.isArray(value)) value.forEach((v, i2) => stack.push({ value: v, at: `${at === "the document" ? "" : at}[${i2}]` }));
    else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) stack.push({ value: v, at: at === "the document" ? k : `${at}.${k}` });
  }
  return null;
}
function parseConfig(text, file, rules) {
  const doc = (0, import_yaml.parseDocument)(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const where2 = e?.linePos?.[0] ? ` at line ${e.linePos[0].line}, column ${e.linePos[0].col}` : "";
    const reason = (e?.message ?? "parse error").split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "");
    throw new InputError(file, `is not valid YAML${where2}: ${reason}`);
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err2) {
    throw new InputError(file, `is not valid YAML: ${(err2 instanceof Error ? err2.message : String(err2)).split("\n")[0]}`);
  }
  const typed = typedCollection(data);
  if (typed) throw new InputError(file, `${typed} is an ordered map or a set (!!omap, !!pairs, !!set): write a plain mapping or list`);
  if (data === null || data === void 0) return { settings: {} };
  if (typeof data !== "object" || Array.isArray(data)) throw new InputError(file, 'must be a mapping of settings (e.g. "fail-on: high")');
  const obj = data;
  for (const key2 of Object.keys(obj)) {
    if (!TOP_LEVEL_KEYS.includes(key2)) throw new InputError(file, `unknown key "${key2}" (known: ${TOP_LEVEL_KEYS.join(", ")})`);
  }
  const config = { settings: {} };
  const builtIn = rules.map((r) => r.meta.name);
  if (obj["custom-rules"] !== void 0 && obj["custom-rules"] !== null) {
    config.customRules = read(file, "custom-rules", readCustomRules(obj["custom-rules"], builtIn, file));
  }
  const known = [...builtIn, ...(config.customRules ?? []).map((r) => r.name)];
  if (obj["fail-on"] !== void 0) {
    if (!isThreshold(obj["fail-on"])) throw new InputError(file, `fail-on must be one of ${THRESHOLDS.join(", ")}, not ${JSON.stringify(obj["fail-on"])}`);
    config.failOn = obj["fail-on"];
  }
  if (obj["fail-on-scope"] !== void 0) {
    const scope = obj["fail-on-scope"];
    if (typeof scope !== "string" || !FAIL_ON_SCOPES.includes(scope)) {
      throw new InputError(file, `fail-on-scope must be one of ${FAIL_ON_SCOPES.join(", ")}, not ${JSON.stringify(scope)}`);
    }
    config.failOnScope = scope;
  }
  const ruleEntries = obj.rules;
  if (ruleEntries !== void 0 && ruleEntries !== null) {
    if (typeof ruleEntries !== "object" || Array.isArray(ruleEntries)) throw new InputError(file, 'rules must be a mapping of rule name to "off" or a severity');
    for (const [name2, value] of Object.entries(ruleEntries)) {
      if (!known.includes(name2)) throw new InputError(file, `rules: unknown rule "${name2}" (see docs/rules/)`);
      readRuleEntries(file, name2, value, config);
    }
  }
  if (obj.preset !== void 0 && obj.preset !== null) {
    const presets = read(file, "preset", readPresets(obj.preset));
    if (presets.length > 0) {
      config.presets = presets;
      applyPresets(presets, obj, builtIn, config);
    }
  }
  applyOptions(obj, file, rules, config);
  if (obj.exceptions !== void 0 && obj.exceptions !== null) {
    config.exceptions = read(file, "exceptions", readExceptions(obj.exceptions, known, file));
  }
  if (obj["inline-min-severity"] !== void 0) {
    const level = obj["inline-min-severity"];
    if (typeof level !== "string" || !SEVERITIES.includes(level)) {
      throw new InputError(file, `inline-min-severity must be one of ${SEVERITIES.join(", ")}, not ${JSON.stringify(level)}`);
    }
    config.inlineMinSeverity = level;
  }
  if (obj["inline-ignores"] !== void 0) {
    const mode = obj["inline-ignores"];
    if (typeof mode !== "string" || !INLINE_IGNORE_MODES.includes(mode)) {
      throw new InputError(file, `inline-ignores must be one of ${INLINE_IGNORE_MODES.join(", ")}, not ${JSON.stringify(mode)}`);
    }
    config.inlineIgnores = mode;
  }
  return config;
}
function setOption(config, rule20, options) {
  const setting = config.settings[rule20] ?? { enabled: true };
  config.settings[rule20] = { ...setting, options: { ...setting.options, ...options } };
}
function applyPresets(presets, obj, names3, config) {
  const options = presetOptions(presets);
  for (const [rule20, ports] of Object.entries(options.ports)) {
    if (names3.includes(rule20)) setOption(config, rule20, { [PORTS_OPTION]: ports });
  }
  if (options.allowedPublicPorts && obj["allowed-public-ports"] === void 0 && names3.includes(public_port_not_allowed_default.meta.name)) {
    setOption(config, public_port_not_allowed_default.meta.name, { "allowed-public-ports": options.allowedPublicPorts });
  }
}
function applyOptions(obj, file, rules, config) {
  const names3 = new Set(rules.map((r) => r.meta.name));
  for (const key2 of OPTION_NAMES) {
    const value = obj[key2];
    if (value === void 0) continue;
    read(file, key2, OPTION_READERS[key2](value));
    config.options = { ...config.options, [key2]: value };
    for (const name2 of OPTION_RULES[key2]) {
      if (names3.has(name2)) setOption(config, name2, { [key2]: value });
    }
  }
}
async function loadConfig(file, rules, required) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (err2) {
    const code3 = err2.code;
    if (code3 === "ENOENT" && !required) return { settings: {} };
    const why = code3 === "ENOENT" ? "no such file" : code3 === "EISDIR" ? "is a directory" : code3 === "EACCES" ? "permission denied" : err2.message;
    throw new InputError(file, `cannot read config: ${why}`);
  }
  return parseConfig(text, file, rules);
}

// src/model/address.ts
function tokenize2(text) {
  const steps = [];
  let i2 = 0;
  while (i2 < text.length) {
    const c = text[i2];
    if (c === ".") {
      i2++;
      continue;
    }
    if (c === "[") {
      const close = findIndexEnd(text, i2);
      if (close === -1) return null;
      const step = indexStep(text.slice(i2 + 1, close));
      if (!step) return null;
      steps.push(step);
      i2 = close + 1;
      continue;
    }
    let j = i2;
    while (j < text.length && text[j] !== "." && text[j] !== "[") j++;
    if (j === i2) return null;
    steps.push({ kind: "name", name: text.slice(i2, j) });
    i2 = j;
  }
  return steps;
}
function plainQuoted(inner) {
  const last = inner.length - 1;
  if (last < 1 || inner.charCodeAt(last) !== 34) return false;
  for (let i2 = 1; i2 < last; i2++) {
    const c = inner.charCodeAt(i2);
    if (c < 32 || c === 34 || c === 92) return false;
  }
  return true;
}
function indexStep(inner) {
  if (inner.startsWith('"')) {
    if (plainQuoted(inner)) return { kind: "index", key: inner.slice(1, -1) };
    try {
      return { kind: "index", key: JSON.parse(inner) };
    } catch {
      return null;
    }
  }
  if (/^\d+$/.test(inner)) return { kind: "index", key: Number(inner) };
  return { kind: "index", key: `\0${inner}` };
}
function findIndexEnd(text, open2) {
  let i2 = open2 + 1;
  if (text[i2] === '"') {
    i2++;
    while (i2 < text.length) {
      if (text[i2] === "\\") i2 += 2;
      else if (text[i2] === '"') break;
      else i2++;
    }
    i2++;
  }
  while (i2 < text.length && text[i2] !== "]") i2++;
  return i2 < text.length ? i2 : -1;
}
function formatKey(key2) {
  return typeof key2 === "number" ? `[${key2}]` : `[${JSON.stringify(key2)}]`;
}
function literalKey(step) {
  if (step?.kind !== "index") return void 0;
  return typeof step.key === "string" && step.key.startsWith("\0") ? void 0 : step.key;
}
function parseAddress(address) {
  const steps = tokenize2(address);
  if (!steps) return null;
  const modules = [];
  let i2 = 0;
  while (steps[i2]?.kind === "name" && steps[i2].name === "module") {
    const nameStep2 = steps[i2 + 1];
    if (nameStep2?.kind !== "name") return null;
    const key3 = literalKey(steps[i2 + 2]);
    modules.push(key3 === void 0 ? { name: nameStep2.name } : { name: nameStep2.name, key: key3 });
    i2 += steps[i2 + 2]?.kind === "index" ? 3 : 2;
  }
  let mode = "managed";
  if (steps[i2]?.kind === "name" && steps[i2].name === "data") {
    mode = "data";
    i2++;
  }
  const typeStep = steps[i2];
  const nameStep = steps[i2 + 1];
  if (typeStep?.kind !== "name" || nameStep?.kind !== "name") return null;
  const key2 = literalKey(steps[i2 + 2]);
  const parsed = { modules, mode, type: typeStep.name, name: nameStep.name };
  if (key2 !== void 0) parsed.key = key2;
  return parsed;
}
function modulePrefixEnd(address) {
  let end = 0;
  let i2 = 0;
  while (address.startsWith("module.", i2)) {
    let j = i2 + 7;
    while (j < address.length && address[j] !== "." && address[j] !== "[") j++;
    if (j === i2 + 7) return -1;
    if (address[j] === "[") {
      const close = findIndexEnd(address, j);
      if (close === -1) return -1;
      j = close + 1;
    }
    if (address[j] !== ".") return -1;
    end = j;
    i2 = j + 1;
  }
  return end;
}
function plainName(text) {
  return text !== "" && !text.includes(".") && !text.includes("[") && !text.includes('"');
}
function prefixCache() {
  return { byText: /* @__PURE__ */ new Map(), last: "", lastModules: null };
}
function sharedPrefix(address, cache3) {
  const last = cache3.last;
  if (last !== "" && address.startsWith(last) && address[last.length] === "." && !address.startsWith("module.", last.length + 1)) {
    return { end: last.length, modules: cache3.lastModules };
  }
  const end = modulePrefixEnd(address);
  if (end <= 0) return { end, modules: [] };
  const prefix2 = address.slice(0, end);
  let modules = cache3.byText.get(prefix2);
  if (modules === void 0) {
    const parsed = parseAddress(`${prefix2}.x.y`);
    modules = parsed && parsed.mode === "managed" && parsed.type === "x" && parsed.name === "y" && parsed.key === void 0 ? parsed.modules : null;
    cache3.byText.set(prefix2, modules);
  }
  cache3.last = prefix2;
  cache3.lastModules = modules;
  return { end, modules };
}
function parseAddressShared(address, prefixes, type, name2) {
  const { end, modules } = sharedPrefix(address, prefixes);
  if (end < 0 || modules === null) return parseAddress(address);
  const start2 = end === 0 ? 0 : end + 1;
  if (type !== void 0 && name2 !== void 0 && address.length === start2 + type.length + 1 + name2.length && address.startsWith(type, start2) && address[start2 + type.length] === "." && address.endsWith(name2) && type !== "data" && type !== "module" && plainName(type) && plainName(name2)) {
    return { modules, mode: "managed", type, name: name2 };
  }
  const parsed = parseAddress(address.slice(start2));
  if (!parsed || parsed.modules.length > 0) return parseAddress(address);
  parsed.modules = modules;
  return parsed;
}
function formatModulePath(modules) {
  return modules.map((m) => `module.${m.name}${m.key === void 0 ? "" : formatKey(m.key)}`).join(".");
}
function configModulePath(modules) {
  return modules.map((m) => `module.${m.name}`).join(".");
}
function joinAddress(modulePath2, rest) {
  return modulePath2 ? `${modulePath2}.${rest}` : rest;
}

// src/model/expressions.ts
var MAX_DEPTH = 32;
var NON_RESOURCE_ROOTS = /* @__PURE__ */ new Set(["local", "each", "count", "path", "terraform", "self", "module", "var", "data"]);
function isExpression(v) {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 0 || keys.every((k) => k === "references" || k === "constant_value");
}
function expressionsAt(expressions, path2) {
  const out2 = [];
  const walk2 = (node, i2) => {
    if (node === void 0 || node === null) return;
    if (i2 === path2.length) {
      if (isExpression(node)) out2.push(node);
      return;
    }
    if (isExpression(node)) {
      out2.push(node);
      return;
    }
    const seg = path2[i2];
    if (Array.isArray(node)) {
      if (seg === "*") for (const item of node) walk2(item, i2 + 1);
      else if (/^\d+$/.test(seg)) walk2(node[Number(seg)], i2 + 1);
      else for (const item of node) walk2(item, i2);
      return;
    }
    if (typeof node === "object") {
      if (seg === "*") walk2(node, i2 + 1);
      else walk2(node[seg], i2 + 1);
    }
  };
  walk2(expressions, 0);
  return out2;
}
function constantOf(expr) {
  return expr?.constant_value;
}
var ConfigIndex = class {
  constructor(root, instances) {
    this.instances = instances;
    this.present = root !== void 0;
    if (root) this.indexModule(root, "");
  }
  instances;
  modules = /* @__PURE__ */ new Map();
  byResource = /* @__PURE__ */ new Map();
  byAddress = /* @__PURE__ */ new Map();
  byResourceAndKey = /* @__PURE__ */ new Map();
  indexed = false;
  present;
  // Caches for one model build: every instance of a module asks the same questions.
  /** Formatted paths of module step lists (instances of one module instance share theirs). */
  paths = /* @__PURE__ */ new WeakMap();
  /** resourceOf by instance, and by configuration module and resource. */
  resourceByInstance = /* @__PURE__ */ new WeakMap();
  resourceByKey = /* @__PURE__ */ new Map();
  /** tokenize of each reference string. */
  tokens = /* @__PURE__ */ new Map();
  /** Top-level resolve results, by references, module instance, instance key and types. */
  resolved = /* @__PURE__ */ new Map();
  typeIds = /* @__PURE__ */ new Map();
  instanceKeys = /* @__PURE__ */ new Map();
  /** Indexes the instances by address and by resource, the first time a reference needs them (many plans never do). */
  indexInstances() {
    if (this.indexed) return;
    this.indexed = true;
    for (const inst of this.instances) {
      this.byAddress.set(inst.address, inst);
      const k = this.resourceKey(inst.modulePath, inst.mode, inst.type, inst.name);
      const list = this.byResource.get(k);
      if (list) list.push(inst);
      else this.byResource.set(k, [inst]);
    }
  }
  indexModule(module2, path2) {
    this.modules.set(path2, module2);
    for (const [name2, call] of Object.entries(module2.module_calls ?? {})) {
      if (call?.module) this.indexModule(call.module, joinAddress(path2, `module.${name2}`));
    }
  }
  resourceKey(modulePath2, mode, type, name2) {
    return `${modulePath2}|${mode}.${type}.${name2}`;
  }
  /** The configuration path (no keys) and the instance path of a module step list, formatted once per list. */
  pathsOf(modules) {
    let paths = this.paths.get(modules);
    if (!paths) {
      paths = { config: configModulePath(modules), instance: formatModulePath(modules) };
      this.paths.set(modules, paths);
    }
    return paths;
  }
  module(modules) {
    return this.modules.get(this.pathsOf(modules).config);
  }
  /** The configuration block that declares an instance. */
  resourceOf(inst) {
    let found = this.resourceByInstance.get(inst);
    if (found === void 0) {
      const key2 = `${this.pathsOf(inst.modules).config}\0${inst.mode}\0${inst.type}\0${inst.name}`;
      found = this.resourceByKey.get(key2);
      if (found === void 0) {
        const module2 = this.module(inst.modules);
        const local = inst.mode === "data" ? `data.${inst.type}.${inst.name}` : `${inst.type}.${inst.name}`;
        found = module2?.resources?.find((r) => r.address === local || r.type === inst.type && r.name === inst.name && (r.mode ?? "managed") === inst.mode) ?? null;
        this.resourceByKey.set(key2, found);
      }
      this.resourceByInstance.set(inst, found);
    }
    return found ?? void 0;
  }
  instance(address) {
    this.indexInstances();
    return this.byAddress.get(address);
  }
  /**
   * Follows references (as listed in an expression's `references`) to resource
   * instances of `types`, through module variables and outputs. `modules` and
   * `key` place the expression: the module instance it is in and the instance
   * key of the resource that holds it (to pick the matching instance of a
   * counted or for_each'd target).
   */
  resolve(refs, modules, key2, types, depth = 0) {
    if (!refs || depth > MAX_DEPTH) return [];
    if (refs.length === 0) return [];
    if (depth > 0) return this.resolveUncached(refs, modules, key2, types, depth);
    const cacheKey = `${refs.join("\0")}${this.pathsOf(modules).instance}\0${typeof key2 === "number" ? `n${key2}` : key2 === void 0 ? "" : `s${key2}`}\0${this.typeId(types)}`;
    let targets = this.resolved.get(cacheKey);
    if (!targets) {
      targets = this.resolveUncached(refs, modules, key2, types, depth);
      this.resolved.set(cacheKey, targets);
    }
    return targets;
  }
  typeId(types) {
    let id = this.typeIds.get(types);
    if (id === void 0) {
      id = this.typeIds.size;
      this.typeIds.set(types, id);
    }
    return id;
  }
  tokenized(ref) {
    let steps = this.tokens.get(ref);
    if (steps === void 0) {
      steps = tokenize2(ref);
      this.tokens.set(ref, steps);
    }
    return steps;
  }
  resolveUncached(refs, modules, key2, types, depth) {
    const out2 = /* @__PURE__ */ new Map();
    const seenResource = /* @__PURE__ */ new Set();
    for (const ref of refs) {
      const steps = this.tokenized(ref);
      if (!steps || steps[0]?.kind !== "name") continue;
      const root = steps[0].name;
      let targets = [];
      if (root === "var") {
        targets = this.resolveVariable(steps, modules, types, depth);
      } else if (root === "module") {
        targets = this.resolveModuleOutput(steps, modules, types, depth);
      } else if (root === "data") {
        targets = this.resolveData(steps, modules, types);
      } else if (!NON_RESOURCE_ROOTS.has(root) && types.has(root)) {
        const name2 = steps[1]?.kind === "name" ? steps[1].name : void 0;
        if (!name2) continue;
        const id = `${root}.${name2}`;
        if (seenResource.has(id)) continue;
        seenResource.add(id);
        targets = this.resolveResource(root, name2, steps[2], modules, key2);
      }
      for (const t of targets) out2.set("address" in t ? `a:${t.address}` : `i:${t.id}`, t);
    }
    return [...out2.values()];
  }
  resolveResource(type, name2, indexStep2, modules, key2) {
    this.indexInstances();
    const modulePath2 = this.pathsOf(modules).instance;
    const lit2 = literalKey(indexStep2);
    if (lit2 !== void 0) {
      const address = joinAddress(modulePath2, `${type}.${name2}${formatKey(lit2)}`);
      return this.byAddress.has(address) ? [{ address }] : [];
    }
    const resourceKey = this.resourceKey(modulePath2, "managed", type, name2);
    const all = this.byResource.get(resourceKey) ?? [];
    if (all.length > 1 && key2 !== void 0) {
      const same = this.keyedInstances(resourceKey, all).get(key2);
      if (same !== void 0 && same.length === 1) return same.map((i2) => ({ address: i2.address }));
    }
    return all.map((i2) => ({ address: i2.address }));
  }
  /** The instances of one resource by instance key, indexed the first time: each of a for_each's instances asks for its own key. */
  keyedInstances(resourceKey, all) {
    let keyed3 = this.byResourceAndKey.get(resourceKey);
    if (!keyed3) {
      keyed3 = /* @__PURE__ */ new Map();
      for (const inst of all) {
        const list = keyed3.get(inst.key);
        if (list) list.push(inst);
        else keyed3.set(inst.key, [inst]);
      }
      this.byResourceAndKey.set(resourceKey, keyed3);
    }
    return keyed3;
  }
  resolveVariable(steps, modules, types, depth) {
    const varName = steps[1]?.kind === "name" ? steps[1].name : void 0;
    const call = modules[modules.length - 1];
    if (!varName || !call) return [];
    const parent = modules.slice(0, -1);
    const expr = this.module(parent)?.module_calls?.[call.name]?.expressions?.[varName];
    if (!isExpression(expr)) return [];
    const fromRefs = this.resolve(expr.references, parent, call.key, types, depth + 1);
    return fromRefs.length > 0 ? fromRefs : literalIds(expr.constant_value);
  }
  resolveModuleOutput(steps, modules, types, depth) {
    const callName = steps[1]?.kind === "name" ? steps[1].name : void 0;
    if (!callName) return [];
    let i2 = 2;
    const key2 = literalKey(steps[i2]);
    if (steps[i2]?.kind === "index") i2++;
    const outputStep = steps[i2];
    if (outputStep?.kind !== "name") return [];
    const call = this.module(modules)?.module_calls?.[callName];
    const output = call?.module?.outputs?.[outputStep.name];
    if (!output?.expression) return [];
    const childKeys = key2 !== void 0 ? [key2] : this.moduleInstanceKeys(modules, callName);
    const out2 = [];
    for (const k of childKeys) {
      const child = [...modules, k === void 0 ? { name: callName } : { name: callName, key: k }];
      out2.push(...this.resolve(output.expression.references, child, void 0, types, depth + 1));
    }
    return out2.length > 0 ? out2 : literalIds(output.expression.constant_value);
  }
  /** The instance keys of a module call that appear in the plan ([undefined] when it has none). */
  moduleInstanceKeys(modules, callName) {
    const cacheKey = `${this.pathsOf(modules).instance}\0${callName}`;
    let cached = this.instanceKeys.get(cacheKey);
    if (!cached) {
      cached = this.scanInstanceKeys(modules, callName);
      this.instanceKeys.set(cacheKey, cached);
    }
    return cached;
  }
  scanInstanceKeys(modules, callName) {
    this.indexInstances();
    const keys = /* @__PURE__ */ new Set();
    for (const inst of this.byAddress.values()) {
      if (inst.modules.length <= modules.length) continue;
      if (!modules.every((m, i2) => inst.modules[i2]?.name === m.name && inst.modules[i2]?.key === m.key)) continue;
      const step = inst.modules[modules.length];
      if (step?.name === callName) keys.add(step.key);
    }
    return keys.size > 0 ? [...keys] : [void 0];
  }
  resolveData(steps, modules, types) {
    const type = steps[1]?.kind === "name" ? steps[1].name : void 0;
    const name2 = steps[2]?.kind === "name" ? steps[2].name : void 0;
    if (!type || !name2 || !types.has(type)) return [];
    this.indexInstances();
    const all = this.byResource.get(this.resourceKey(this.pathsOf(modules).instance, "data", type, name2)) ?? [];
    const out2 = [];
    for (const inst of all) {
      const id = inst.after?.id ?? inst.before?.id;
      if (typeof id === "string" && id) out2.push({ id });
    }
    return out2;
  }
};
function literalIds(value) {
  if (typeof value === "string" && value) return [{ id: value }];
  if (Array.isArray(value)) return value.filter((v) => typeof v === "string" && v !== "").map((id) => ({ id }));
  return [];
}

// src/model/permissions.ts
var GROUP_TYPES = /* @__PURE__ */ new Set(["aws_security_group", "aws_default_security_group"]);
var RULE_TYPES = /* @__PURE__ */ new Set([
  "aws_security_group_rule",
  "aws_vpc_security_group_ingress_rule",
  "aws_vpc_security_group_egress_rule"
]);
function peerCache() {
  return { cidr: /* @__PURE__ */ new Map(), prefixList: /* @__PURE__ */ new Map(), groupId: /* @__PURE__ */ new Map(), groupAddress: /* @__PURE__ */ new Map() };
}
var INLINE_FIELDS = [
  { field: "cidr_blocks", kind: "cidr" },
  { field: "ipv6_cidr_blocks", kind: "cidr" },
  { field: "prefix_list_ids", kind: "prefix-list" },
  { field: "security_groups", kind: "security-group" },
  { field: "self", kind: "self" }
];
var SG_RULE_FIELDS = [
  { field: "cidr_blocks", kind: "cidr" },
  { field: "ipv6_cidr_blocks", kind: "cidr" },
  { field: "prefix_list_ids", kind: "prefix-list" },
  { field: "source_security_group_id", kind: "security-group" },
  { field: "self", kind: "self" }
];
var VPC_RULE_FIELDS = [
  { field: "cidr_ipv4", kind: "cidr" },
  { field: "cidr_ipv6", kind: "cidr" },
  { field: "prefix_list_id", kind: "prefix-list" },
  { field: "referenced_security_group_id", kind: "security-group" }
];
function childUnknown(unknown, key2) {
  if (unknown === true) return true;
  if (typeof key2 === "number") return Array.isArray(unknown) ? unknown[key2] : void 0;
  return isJsonObject(unknown) ? unknown[key2] : void 0;
}
function valuesOn(inst, side) {
  return side === "after" ? inst.after : inst.before;
}
var ALL_KNOWN = {};
function unknownOn(inst, side) {
  return side === "after" ? inst.afterUnknown : ALL_KNOWN;
}
function asInteger(v) {
  if (v === null || v === void 0) return null;
  if (typeof v === "number") return Number.isInteger(v) ? v : NaN;
  if (typeof v === "string" && /^-?\d{1,10}$/.test(v.trim())) return Number(v);
  return NaN;
}
function shown(v) {
  const text = (JSON.stringify(v) ?? String(v)).replace(new RegExp("\\p{Cc}", "gu"), " ");
  return text.length > 40 ? `${text.slice(0, 39)}\u2026` : text;
}
function makePermission(head, traffic2, peer, peerPath, side = head.side) {
  return {
    securityGroup: head.securityGroup,
    securityGroupId: head.securityGroupId,
    resource: head.resource,
    resourceType: head.resourceType,
    path: head.path,
    peerPath,
    direction: head.direction,
    protocol: traffic2.protocol,
    protocolRaw: traffic2.protocolRaw,
    fromPort: traffic2.fromPort,
    toPort: traffic2.toPort,
    portsUnknown: traffic2.portsUnknown,
    portsProblem: traffic2.portsProblem ?? null,
    icmpType: traffic2.icmpType,
    icmpCode: traffic2.icmpCode,
    peer,
    description: head.description,
    side
  };
}
function traffic(protocol, protocolRaw, fromPort, toPort, portsUnknown, icmpType, icmpCode) {
  return { protocol, protocolRaw, fromPort, toPort, portsUnknown, icmpType, icmpCode };
}
function protocolAndPorts(values, unknown, protocolField, where2, ctx) {
  const bad = (problem) => {
    throw new InputError(ctx.file, `${where2}: ${problem}`);
  };
  const protoUnknown = childUnknown(unknown, protocolField) === true;
  const raw = values[protocolField];
  const protocolRaw = raw === null || raw === void 0 ? null : String(raw);
  const normalised = protoUnknown ? "unknown" : normaliseProtocol(raw);
  const protocol = normalised ?? bad(`${protocolField} is ${shown(raw)}, which is no protocol (tcp, udp, icmp, icmpv6, all/-1 or a number from 0 to 255)`);
  const fromUnknown = childUnknown(unknown, "from_port") === true;
  const toUnknown = childUnknown(unknown, "to_port") === true;
  const from = fromUnknown ? null : asInteger(values.from_port);
  const to = toUnknown ? null : asInteger(values.to_port);
  if (Number.isNaN(from)) bad(`from_port is ${shown(values.from_port)}, not a whole number`);
  if (Number.isNaN(to)) bad(`to_port is ${shown(values.to_port)}, not a whole number`);
  switch (protocol) {
    case "tcp":
    case "udp":
      if (from !== null && (from < MIN_PORT || from > MAX_PORT)) bad(`from_port is ${from}, outside the ports ${MIN_PORT}-${MAX_PORT}`);
      if (to !== null && (to < MIN_PORT || to > MAX_PORT)) bad(`to_port is ${to}, outside the ports ${MIN_PORT}-${MAX_PORT}`);
      if (from === null || to === null) return traffic(protocol, protocolRaw, null, null, true, null, null);
      if (from > to) return { ...traffic(protocol, protocolRaw, null, null, true, null, null), portsProblem: `from_port ${from} is above to_port ${to}` };
      return traffic(protocol, protocolRaw, from, to, false, null, null);
    case "icmp":
    case "icmpv6":
      return traffic(protocol, protocolRaw, null, null, false, from ?? -1, to ?? -1);
    case "unknown":
      return traffic(protocol, protocolRaw, from, to, fromUnknown || toUnknown, null, null);
    default:
      return traffic(protocol, protocolRaw, MIN_PORT, MAX_PORT, false, null, null);
  }
}
var SELF = { kind: "self" };
function groupPeer(id, ctx) {
  let peer = ctx.peers.groupId.get(id);
  if (!peer) {
    const slash = id.indexOf("/");
    const owner = slash > 0 ? id.slice(0, slash) : null;
    const bare = slash > 0 ? id.slice(slash + 1) : id;
    const address = ctx.groupIdToAddress.get(bare) ?? null;
    peer = owner ? { kind: "security-group", address, id: bare, owner } : { kind: "security-group", address, id: bare };
    ctx.peers.groupId.set(id, peer);
  }
  return peer;
}
function groupAddressPeer(address, ctx) {
  let peer = ctx.peers.groupAddress.get(address);
  if (!peer) {
    peer = { kind: "security-group", address, id: null };
    ctx.peers.groupAddress.set(address, peer);
  }
  return peer;
}
function targetPeer(t, ctx) {
  return "address" in t ? groupAddressPeer(t.address, ctx) : groupPeer(t.id, ctx);
}
function cidrPeer(value, path2, ctx) {
  let peer = ctx.peers.cidr.get(value);
  if (!peer) {
    const c = parseCidr(value);
    if (!c) return { kind: "unknown", attribute: path2, reason: `not a valid CIDR: ${value}` };
    peer = { kind: "cidr", family: c.family, value, cidr: c.cidr, prefix: c.prefix };
    ctx.peers.cidr.set(value, peer);
  }
  return peer;
}
function prefixListPeer(id, ctx) {
  let peer = ctx.peers.prefixList.get(id);
  if (!peer) {
    peer = { kind: "prefix-list", id };
    ctx.peers.prefixList.set(id, peer);
  }
  return peer;
}
var NONE = { targets: [], exact: true };
function single(targets) {
  return { targets, exact: targets.length <= 1 };
}
function groupResolution(src, field, ctx) {
  const { inst } = src;
  const expressions = ctx.config.resourceOf(inst)?.expressions;
  if (src.inline) return inlineGroupRefs(expressions, src.inline.direction, src.inline.rule, field, inst, ctx);
  return single(ctx.config.resolve(expressionsAt(expressions, [field]).flatMap((e) => e.references ?? []), inst.modules, inst.key, GROUP_TYPES));
}
function configSets(src, field, ctx) {
  if (src.inline) return true;
  return !ctx.config.present || ctx.config.resourceOf(src.inst)?.expressions?.[field] !== void 0;
}
function emit(src, peer, path2) {
  const p = src.selfAddress !== null && peer.kind === "security-group" && peer.address === src.selfAddress ? SELF : peer;
  src.out.push(makePermission(src.head, src.traffic, p, path2));
}
function peersOfItem(src, ctx, kind, field, value, unknown, path2) {
  if (unknown) {
    if (kind === "security-group") {
      const { targets, exact } = groupResolution(src, field, ctx);
      if (targets.length > 0 && exact) {
        for (const t of targets) emit(src, targetPeer(t, ctx), path2);
        return;
      }
      if (targets.length > 0) {
        const candidates2 = targets.map((t) => "address" in t ? t.address : t.id);
        emit(src, { kind: "security-group", address: null, id: null, candidates: candidates2 }, path2);
        return;
      }
    }
    emit(src, { kind: "unknown", attribute: path2 }, path2);
    return;
  }
  if (typeof value !== "string" || value === "") return;
  if (kind === "cidr") emit(src, cidrPeer(value, path2, ctx), path2);
  else if (kind === "prefix-list") emit(src, prefixListPeer(value, ctx), path2);
  else emit(src, groupPeer(value, ctx), path2);
}
function peersOf(src, ctx) {
  const fields = src.fields;
  for (let f = 0; f < fields.length; f++) {
    const { field, kind } = fields[f];
    const fieldUnknown = childUnknown(src.unknown, field);
    const value = src.values[field];
    if (fieldUnknown !== true && (value === null || value === void 0)) continue;
    const path2 = src.prefix === "" ? field : `${src.prefix}${field}`;
    if (fieldUnknown === true && !configSets(src, field, ctx)) continue;
    if (kind === "self") {
      if (fieldUnknown === true) emit(src, { kind: "unknown", attribute: path2 }, path2);
      else if (value === true) emit(src, SELF, path2);
      continue;
    }
    if (fieldUnknown === true) {
      peersOfItem(src, ctx, kind, field, void 0, true, path2);
    } else if (Array.isArray(value)) {
      for (let j = 0; j < value.length; j++) {
        const item = value[j];
        peersOfItem(src, ctx, kind, field, item, childUnknown(fieldUnknown, j) === true || item === null, `${path2}[${j}]`);
      }
    } else {
      peersOfItem(src, ctx, kind, field, value, false, path2);
    }
  }
}
function description(values) {
  return typeof values.description === "string" ? values.description : null;
}
function inlineGroupRefs(expressions, direction2, rule20, field, inst, ctx) {
  const node = expressions?.[direction2];
  if (node === void 0) return NONE;
  const resolve4 = (exprs) => ctx.config.resolve(exprs.flatMap((e) => e.references ?? []), inst.modules, inst.key, GROUP_TYPES);
  if (!Array.isArray(node)) return single(resolve4(expressionsAt(expressions, [direction2])));
  const agrees = (block) => {
    for (const k of ["from_port", "to_port"]) {
      const c = constantOf(expressionsAt(block, [k])[0]);
      if (c !== void 0 && asInteger(c) !== asInteger(rule20[k])) return false;
    }
    const p = constantOf(expressionsAt(block, ["protocol"])[0]);
    if (p !== void 0 && normaliseProtocol(p) !== normaliseProtocol(rule20.protocol)) return false;
    return expressionsAt(block, [field]).some((e) => (e.references ?? []).length > 0);
  };
  const resolved = node.filter(agrees).map((b) => resolve4(expressionsAt(b, [field])));
  const distinct = new Map(resolved.map((ts) => [JSON.stringify(ts), ts]));
  if (distinct.size === 1) return { targets: resolved[0] ?? [], exact: true };
  const union = /* @__PURE__ */ new Map();
  for (const t of resolved.flat()) union.set(JSON.stringify(t), t);
  return { targets: [...union.values()], exact: false };
}
function inlinePermissions(inst, side, ctx) {
  const values = valuesOn(inst, side);
  if (!values) return [];
  const unknown = unknownOn(inst, side);
  const out2 = [];
  const groupId = typeof values.id === "string" ? values.id : null;
  for (const direction2 of ["ingress", "egress"]) {
    const list = values[direction2];
    const listUnknown = childUnknown(unknown, direction2);
    if (listUnknown === true) {
      if (ctx.config.resourceOf(inst)?.expressions?.[direction2] !== void 0) {
        const head = { securityGroup: inst.address, securityGroupId: groupId, resource: inst.address, resourceType: inst.type, path: direction2, direction: direction2, side, description: null };
        out2.push(makePermission(head, traffic("unknown", null, null, null, true, null, null), { kind: "unknown", attribute: direction2 }, direction2));
      }
      continue;
    }
    if (list === null || list === void 0) continue;
    if (!Array.isArray(list)) throw new InputError(ctx.file, `${inst.address}: ${direction2} is ${list === null ? "null" : typeof list === "object" ? "an object" : `a ${typeof list}`}, not a list of rules`);
    for (let i2 = 0; i2 < list.length; i2++) {
      const rule20 = list[i2];
      if (!isJsonObject(rule20)) throw new InputError(ctx.file, `${inst.address}: ${direction2}[${i2}] is ${shown(rule20)}, not a rule object`);
      const ruleUnknown = childUnknown(listUnknown, i2);
      peersOf(
        {
          inst,
          prefix: `${direction2}[${i2}].`,
          values: rule20,
          unknown: ruleUnknown,
          fields: INLINE_FIELDS,
          inline: { direction: direction2, rule: rule20 },
          selfAddress: null,
          head: { securityGroup: inst.address, securityGroupId: groupId, resource: inst.address, resourceType: inst.type, path: `${direction2}[${i2}]`, direction: direction2, side, description: description(rule20) },
          traffic: protocolAndPorts(rule20, ruleUnknown, "protocol", `${inst.address}.${direction2}[${i2}]`, ctx),
          out: out2
        },
        ctx
      );
    }
  }
  return out2;
}
function ruleOwner(inst, values, unknown, ctx) {
  const raw = values.security_group_id;
  if (typeof raw === "string" && raw && childUnknown(unknown, "security_group_id") !== true) {
    return { address: ctx.groupIdToAddress.get(raw) ?? null, id: raw };
  }
  const refs = expressionsAt(ctx.config.resourceOf(inst)?.expressions, ["security_group_id"]).flatMap((e) => e.references ?? []);
  const targets = ctx.config.resolve(refs, inst.modules, inst.key, GROUP_TYPES);
  if (targets.length !== 1) return { address: null, id: null };
  const t = targets[0];
  return "address" in t ? { address: t.address, id: null } : { address: ctx.groupIdToAddress.get(t.id) ?? null, id: t.id };
}
function ruleOwnerOn(inst, side, ctx) {
  const cache3 = ctx.owners[side];
  let owner = cache3.get(inst);
  if (!owner) {
    owner = ruleOwner(inst, valuesOn(inst, side) ?? {}, unknownOn(inst, side), ctx);
    cache3.set(inst, owner);
  }
  return owner;
}
function rulePermissions(inst, side, ctx) {
  const values = valuesOn(inst, side);
  if (!values) return [];
  const unknown = unknownOn(inst, side);
  const isVpcRule = inst.type !== "aws_security_group_rule";
  const direction2 = isVpcRule ? inst.type === "aws_vpc_security_group_egress_rule" ? "egress" : "ingress" : values.type === "egress" ? "egress" : "ingress";
  const owner = ruleOwnerOn(inst, side, ctx);
  const out2 = [];
  peersOf(
    {
      inst,
      prefix: "",
      values,
      unknown,
      fields: isVpcRule ? VPC_RULE_FIELDS : SG_RULE_FIELDS,
      inline: null,
      selfAddress: owner.address,
      head: { securityGroup: owner.address, securityGroupId: owner.id, resource: inst.address, resourceType: inst.type, path: "", direction: direction2, side, description: description(values) },
      traffic: protocolAndPorts(values, unknown, isVpcRule ? "ip_protocol" : "protocol", inst.address, ctx),
      out: out2
    },
    ctx
  );
  return out2;
}
function sameOnBothSides(inst) {
  return inst.before !== null && inst.before === inst.after && !hasUnknown(inst.afterUnknown);
}
function hasUnknown(unknown) {
  if (unknown === true) return true;
  if (typeof unknown !== "object" || unknown === null) return false;
  if (Array.isArray(unknown)) {
    for (const u of unknown) if (hasUnknown(u)) return true;
    return false;
  }
  for (const key2 in unknown) if (hasUnknown(unknown[key2])) return true;
  return false;
}
function asBeforeSide(after) {
  const out2 = new Array(after.length);
  for (let i2 = 0; i2 < after.length; i2++) {
    const p = after[i2];
    out2[i2] = makePermission(p, p, p.peer, p.peerPath, "before");
  }
  return out2;
}

// src/model/references.ts
function stringsAt(values, unknown, path2, i2, out2) {
  if (unknown === true) return true;
  if (i2 === path2.length) {
    if (!Array.isArray(values)) {
      if (typeof values === "string") out2.push(values);
      return false;
    }
    let someUnknown = false;
    for (let j = 0; j < values.length; j++) {
      const item = values[j];
      if (Array.isArray(unknown) && unknown[j] === true || item === null) someUnknown = true;
      else if (typeof item === "string") out2.push(item);
    }
    return someUnknown;
  }
  const seg = path2[i2];
  if (seg === "*") {
    let someUnknown = false;
    if (Array.isArray(values)) {
      for (let j = 0; j < values.length; j++) if (stringsAt(values[j], Array.isArray(unknown) ? unknown[j] : void 0, path2, i2 + 1, out2)) someUnknown = true;
    } else if (Array.isArray(unknown)) {
      for (let j = 0; j < unknown.length; j++) if (stringsAt(void 0, unknown[j], path2, i2 + 1, out2)) someUnknown = true;
    }
    return someUnknown;
  }
  return stringsAt(isJsonObject(values) ? values[seg] : void 0, isJsonObject(unknown) ? unknown[seg] : void 0, path2, i2 + 1, out2);
}
function valueIndex(instances, keys) {
  const map = /* @__PURE__ */ new Map();
  for (const inst of instances) {
    for (const key2 of keys) {
      const before = inst.before?.[key2];
      if (typeof before === "string" && before) map.set(before, inst.address);
      const after = inst.after?.[key2];
      if (typeof after === "string" && after) map.set(after, inst.address);
    }
  }
  return map;
}
function referencedAddresses(inst, path2, types, lookup, config) {
  const values = [];
  const needConfig = stringsAt(inst.after, inst.afterUnknown, path2, 0, values);
  const found = [];
  const add = (address) => {
    if (address && !found.includes(address)) found.push(address);
  };
  for (let i2 = 0; i2 < values.length; i2++) add(lookup(values[i2]));
  if (needConfig) {
    const refs = expressionsAt(config.resourceOf(inst)?.expressions, path2).flatMap((e) => e.references ?? []);
    for (const t of config.resolve(refs, inst.modules, inst.key, types)) add("address" in t ? t.address : lookup(t.id));
  }
  return found;
}

// src/model/attachments.ts
var SPECS = {
  aws_instance: { paths: [["vpc_security_group_ids"], ["network_interface", "*", "security_groups"]], byName: [["security_groups"]] },
  aws_spot_instance_request: { paths: [["vpc_security_group_ids"]], byName: [["security_groups"]] },
  aws_launch_template: { paths: [["vpc_security_group_ids"], ["network_interfaces", "*", "security_groups"]], byName: [["security_group_names"]] },
  aws_launch_configuration: { paths: [["security_groups"]] },
  aws_lb: { paths: [["security_groups"]], internal: "internal" },
  aws_alb: { paths: [["security_groups"]], internal: "internal" },
  aws_elb: { paths: [["security_groups"]], internal: "internal" },
  aws_db_instance: { paths: [["vpc_security_group_ids"]] },
  aws_rds_cluster: { paths: [["vpc_security_group_ids"]] },
  aws_docdb_cluster: { paths: [["vpc_security_group_ids"]] },
  aws_neptune_cluster: { paths: [["vpc_security_group_ids"]] },
  aws_elasticache_cluster: { paths: [["security_group_ids"]] },
  aws_elasticache_replication_group: { paths: [["security_group_ids"]] },
  aws_elasticache_serverless_cache: { paths: [["security_group_ids"]] },
  aws_lambda_function: { paths: [["vpc_config", "*", "security_group_ids"]] },
  aws_ecs_service: { paths: [["network_configuration", "*", "security_groups"]] },
  aws_eks_cluster: { paths: [["vpc_config", "*", "security_group_ids"], ["vpc_config", "*", "cluster_security_group_id"]] },
  aws_network_interface: { paths: [["security_groups"]] },
  aws_network_interface_sg_attachment: { paths: [["security_group_id"]] },
  aws_vpc_endpoint: { paths: [["security_group_ids"]] },
  aws_opensearch_domain: { paths: [["vpc_options", "*", "security_group_ids"]] },
  aws_elasticsearch_domain: { paths: [["vpc_options", "*", "security_group_ids"]] },
  aws_redshift_cluster: { paths: [["vpc_security_group_ids"]] },
  aws_msk_cluster: { paths: [["broker_node_group_info", "*", "security_groups"]] },
  aws_efs_mount_target: { paths: [["security_groups"]] },
  aws_codebuild_project: { paths: [["vpc_config", "*", "security_group_ids"]] },
  aws_mq_broker: { paths: [["security_groups"]] },
  aws_batch_compute_environment: { paths: [["compute_resources", "*", "security_group_ids"]] },
  aws_sagemaker_notebook_instance: { paths: [["security_groups"]] },
  aws_memorydb_cluster: { paths: [["security_group_ids"]] },
  aws_dms_replication_instance: { paths: [["vpc_security_group_ids"]] },
  aws_fsx_lustre_file_system: { paths: [["security_group_ids"]] },
  aws_fsx_windows_file_system: { paths: [["security_group_ids"]] },
  aws_apprunner_vpc_connector: { paths: [["security_groups"]] }
};
var LAUNCH_TEMPLATE_USERS = {
  aws_autoscaling_group: [
    ["launch_template", "*", "id"],
    ["launch_template", "*", "name"],
    ["mixed_instances_policy", "*", "launch_template", "*", "launch_template_specification", "*", "launch_template_id"],
    ["mixed_instances_policy", "*", "launch_template", "*", "launch_template_specification", "*", "launch_template_name"]
  ],
  aws_eks_node_group: [
    ["launch_template", "*", "id"],
    ["launch_template", "*", "name"]
  ]
};
function attributeName(path2) {
  return path2.map((s) => s === "*" ? "[0]" : s).join(".").replace(/\.\[/g, "[");
}
var ATTACHMENT_TYPES = /* @__PURE__ */ new Set([...Object.keys(SPECS), ...Object.keys(LAUNCH_TEMPLATE_USERS)]);
var SPEC_PATHS = Object.fromEntries(
  Object.entries(SPECS).map(([type, spec]) => [
    type,
    [...spec.paths.map((p) => ({ p, byName: false })), ...(spec.byName ?? []).map((p) => ({ p, byName: true }))].map((x) => ({ ...x, attribute: attributeName(x.p) }))
  ])
);
function collectAttachments(byType, groups, idToAddress, config) {
  const byGroup = /* @__PURE__ */ new Map();
  const nameToAddress = /* @__PURE__ */ new Map();
  for (const g of groups.values()) {
    const name2 = g.after?.name ?? g.before?.name;
    if (typeof name2 === "string" && name2) nameToAddress.set(name2, g.address);
  }
  const add = (group, a) => {
    const list = byGroup.get(group) ?? [];
    if (!list.some((x) => x.resource === a.resource && x.attribute === a.attribute)) list.push(a);
    byGroup.set(group, list);
  };
  const idFirst = (v) => idToAddress.get(v) ?? nameToAddress.get(v);
  const nameFirst = (v) => nameToAddress.get(v) ?? idToAddress.get(v);
  const groupsOf = (inst, path2, byName2) => referencedAddresses(inst, path2, GROUP_TYPES, byName2 ? nameFirst : idFirst, config);
  const templateGroups = /* @__PURE__ */ new Map();
  for (const inst of byType.of(Object.keys(SPECS))) {
    if (inst.mode !== "managed" || !inst.after) continue;
    const spec = SPECS[inst.type];
    const paths = SPEC_PATHS[inst.type];
    if (!spec || !paths) continue;
    const internalValue = spec.internal ? inst.after[spec.internal] : void 0;
    const internal = typeof internalValue === "boolean" ? internalValue : null;
    for (const { p, byName: byName2, attribute } of paths) {
      for (const group of groupsOf(inst, p, byName2)) {
        add(group, { resource: inst.address, resourceType: inst.type, attribute, internal });
        if (inst.type === "aws_launch_template") {
          const list = templateGroups.get(inst.address) ?? [];
          list.push({ group });
          templateGroups.set(inst.address, list);
        }
      }
    }
  }
  const LT_TYPES = /* @__PURE__ */ new Set(["aws_launch_template"]);
  const templateIdToAddress = valueIndex(byType.of(LT_TYPES).filter((i2) => i2.mode === "managed"), ["id", "name"]);
  for (const inst of byType.of(Object.keys(LAUNCH_TEMPLATE_USERS))) {
    const paths = LAUNCH_TEMPLATE_USERS[inst.type];
    if (!paths || inst.mode !== "managed" || !inst.after) continue;
    const templates = new Set(paths.flatMap((p) => referencedAddresses(inst, p, LT_TYPES, (v) => templateIdToAddress.get(v), config)));
    for (const t of templates) {
      for (const { group } of templateGroups.get(t) ?? []) {
        add(group, { resource: inst.address, resourceType: inst.type, attribute: `launch_template (${t})`, internal: null });
      }
    }
  }
  return { byGroup };
}

// src/model/network.ts
var LB_TYPES = /* @__PURE__ */ new Set(["aws_lb", "aws_alb", "aws_elb"]);
var TG_TYPES = /* @__PURE__ */ new Set(["aws_lb_target_group", "aws_alb_target_group"]);
var LISTENER_TYPES = /* @__PURE__ */ new Set(["aws_lb_listener", "aws_alb_listener"]);
var LISTENER_RULE_TYPES = /* @__PURE__ */ new Set(["aws_lb_listener_rule", "aws_alb_listener_rule"]);
var VPC_TYPES = /* @__PURE__ */ new Set(["aws_vpc"]);
var ASG_TYPES = /* @__PURE__ */ new Set(["aws_autoscaling_group"]);
var TARGET_TYPES = /* @__PURE__ */ new Set(["aws_instance", "aws_lambda_function"]);
var TARGET_GROUP_PATHS = {
  aws_autoscaling_group: [["target_group_arns"]],
  aws_ecs_service: [["load_balancer", "*", "target_group_arn"]]
};
var CLASSIC_ELB_PATHS = {
  aws_autoscaling_group: [["load_balancers"]],
  aws_ecs_service: [["load_balancer", "*", "elb_name"]]
};
var NETWORK_TYPES = /* @__PURE__ */ new Set([
  ...LB_TYPES,
  ...TG_TYPES,
  ...LISTENER_TYPES,
  ...LISTENER_RULE_TYPES,
  ...VPC_TYPES,
  "aws_vpc_ipv4_cidr_block_association",
  "aws_vpc_peering_connection",
  "aws_lb_target_group_attachment",
  "aws_alb_target_group_attachment",
  "aws_autoscaling_attachment",
  "aws_autoscaling_group",
  "aws_ecs_service"
]);
function str(v) {
  return typeof v === "string" && v !== "" ? v : null;
}
function collectNetwork(byType, config) {
  const ofTypes = (types) => byType.of(types).filter((i2) => i2.after !== null);
  const refs = (inst, path2, types, index) => referencedAddresses(inst, path2, types, (v) => index.get(v), config);
  const vpcIndex = valueIndex(ofTypes(VPC_TYPES), ["id"]);
  const vpcs = /* @__PURE__ */ new Map();
  for (const v of ofTypes(VPC_TYPES)) {
    const cidrs = [str(v.after?.cidr_block), str(v.after?.ipv6_cidr_block)].filter((c) => c !== null);
    vpcs.set(v.address, { address: v.address, id: str(v.after?.id), cidrs });
  }
  for (const a of ofTypes(["aws_vpc_ipv4_cidr_block_association"])) {
    const cidr = str(a.after?.cidr_block);
    for (const vpc of refs(a, ["vpc_id"], VPC_TYPES, vpcIndex)) if (cidr) vpcs.get(vpc)?.cidrs.push(cidr);
  }
  const peerings = ofTypes(["aws_vpc_peering_connection"]).map((p) => ({
    address: p.address,
    vpcs: ["vpc_id", "peer_vpc_id"].flatMap((k) => {
      const found = refs(p, [k], VPC_TYPES, vpcIndex);
      if (found.length > 0) return found;
      const id = str(p.after?.[k]);
      return id ? [id] : [];
    })
  }));
  const loadBalancers = ofTypes(LB_TYPES).map((lb) => ({
    address: lb.address,
    type: lb.type,
    internal: typeof lb.after?.internal === "boolean" ? lb.after.internal : null
  }));
  const lbIndex = valueIndex(ofTypes(LB_TYPES), ["arn", "id", "name"]);
  const tgIndex = valueIndex(ofTypes(TG_TYPES), ["arn", "id"]);
  const listenerIndex = valueIndex(ofTypes(LISTENER_TYPES), ["arn", "id"]);
  const tgToLbs = /* @__PURE__ */ new Map();
  const forward = (tgs, lbs) => {
    for (const tg of tgs) {
      const set = tgToLbs.get(tg) ?? /* @__PURE__ */ new Set();
      for (const lb of lbs) set.add(lb);
      tgToLbs.set(tg, set);
    }
  };
  const listenerLbs = /* @__PURE__ */ new Map();
  for (const l of ofTypes(LISTENER_TYPES)) {
    const lbs = refs(l, ["load_balancer_arn"], LB_TYPES, lbIndex);
    listenerLbs.set(l.address, lbs);
    forward([...refs(l, ["default_action", "*", "target_group_arn"], TG_TYPES, tgIndex), ...refs(l, ["default_action", "*", "forward", "*", "target_group", "*", "arn"], TG_TYPES, tgIndex)], lbs);
  }
  for (const r of ofTypes(LISTENER_RULE_TYPES)) {
    const lbs = refs(r, ["listener_arn"], LISTENER_TYPES, listenerIndex).flatMap((l) => listenerLbs.get(l) ?? []);
    forward([...refs(r, ["action", "*", "target_group_arn"], TG_TYPES, tgIndex), ...refs(r, ["action", "*", "forward", "*", "target_group", "*", "arn"], TG_TYPES, tgIndex)], lbs);
  }
  const targets = /* @__PURE__ */ new Map();
  const addTarget = (target, via, lbs) => {
    const t = targets.get(target) ?? { target, via, loadBalancers: [] };
    for (const lb of lbs) if (!t.loadBalancers.includes(lb)) t.loadBalancers.push(lb);
    targets.set(target, t);
  };
  const targetIndex = valueIndex(ofTypes(TARGET_TYPES), ["id", "arn", "private_ip"]);
  const asgIndex = valueIndex(ofTypes(ASG_TYPES), ["name", "id"]);
  for (const a of ofTypes(["aws_lb_target_group_attachment", "aws_alb_target_group_attachment"])) {
    const lbs = refs(a, ["target_group_arn"], TG_TYPES, tgIndex).flatMap((tg) => [...tgToLbs.get(tg) ?? []]);
    for (const t of refs(a, ["target_id"], TARGET_TYPES, targetIndex)) addTarget(t, a.address, lbs);
  }
  for (const a of ofTypes(["aws_autoscaling_attachment"])) {
    const lbs = [
      ...refs(a, ["lb_target_group_arn"], TG_TYPES, tgIndex).flatMap((tg) => [...tgToLbs.get(tg) ?? []]),
      ...refs(a, ["elb"], LB_TYPES, lbIndex)
    ];
    for (const asg of refs(a, ["autoscaling_group_name"], ASG_TYPES, asgIndex)) addTarget(asg, a.address, lbs);
  }
  for (const inst of ofTypes(Object.keys(TARGET_GROUP_PATHS))) {
    const tgPaths = TARGET_GROUP_PATHS[inst.type];
    if (!tgPaths) continue;
    const tgs = tgPaths.flatMap((p) => refs(inst, p, TG_TYPES, tgIndex));
    const elbs = (CLASSIC_ELB_PATHS[inst.type] ?? []).flatMap((p) => refs(inst, p, LB_TYPES, lbIndex));
    if (tgs.length > 0 || elbs.length > 0) addTarget(inst.address, inst.address, [...tgs.flatMap((tg) => [...tgToLbs.get(tg) ?? []]), ...elbs]);
  }
  for (const elb of ofTypes(["aws_elb"])) {
    for (const t of refs(elb, ["instances"], TARGET_TYPES, targetIndex)) addTarget(t, elb.address, [elb.address]);
  }
  return { vpcs: [...vpcs.values()], peerings, loadBalancers, lbTargets: [...targets.values()] };
}

// src/model/resource-types.ts
var REACH_TYPES = [
  "aws_alb",
  "aws_autoscaling_group",
  "aws_db_instance",
  "aws_db_subnet_group",
  "aws_default_network_acl",
  "aws_default_route_table",
  "aws_default_subnet",
  "aws_default_vpc",
  "aws_docdb_cluster",
  "aws_ecs_service",
  "aws_efs_mount_target",
  "aws_egress_only_internet_gateway",
  "aws_eip",
  "aws_eip_association",
  "aws_elasticache_cluster",
  "aws_elasticache_replication_group",
  "aws_elasticache_serverless_cache",
  "aws_elb",
  "aws_instance",
  "aws_internet_gateway",
  "aws_internet_gateway_attachment",
  "aws_lambda_function",
  "aws_launch_template",
  "aws_lb",
  "aws_main_route_table_association",
  "aws_memorydb_cluster",
  "aws_nat_gateway",
  "aws_neptune_cluster",
  "aws_network_acl",
  "aws_network_acl_association",
  "aws_network_acl_rule",
  "aws_network_interface",
  "aws_rds_cluster",
  "aws_rds_cluster_instance",
  "aws_route",
  "aws_route_table",
  "aws_route_table_association",
  "aws_subnet",
  "aws_vpc",
  "aws_vpc_endpoint",
  "aws_vpc_ipv4_cidr_block_association"
];
var MODEL_RESOURCE_TYPES = /* @__PURE__ */ new Set([
  ...GROUP_TYPES,
  ...RULE_TYPES,
  ...ATTACHMENT_TYPES,
  ...NETWORK_TYPES,
  // Named for clarity; the sets above already hold them today.
  "aws_launch_template",
  "aws_autoscaling_group",
  // What decides internet reachability (src/reach/build.ts, REACH_TYPES).
  ...REACH_TYPES
]);
var PRIOR_STATE_TYPES = GROUP_TYPES;
var UNREAD_ATTRIBUTES = ["tags", "tags_all"];
function priorStateProjection(resource) {
  const out2 = {};
  for (const key2 of ["address", "mode", "type", "name", "index"]) if (resource[key2] !== void 0) out2[key2] = resource[key2];
  const values = resource.values;
  if (isJsonObject(values)) out2.values = values.id === void 0 ? {} : { id: values.id };
  else if (values !== void 0) out2.values = values;
  return out2;
}

// src/model/instances.ts
function toAction(actions) {
  const list = Array.isArray(actions) ? actions : [];
  let create = false;
  let del = false;
  let update = false;
  let read2 = false;
  for (let i2 = 0; i2 < list.length; i2++) {
    const a = list[i2];
    if (a === "create") create = true;
    else if (a === "delete") del = true;
    else if (a === "update") update = true;
    else if (a === "read") read2 = true;
  }
  if (del && create) return "replace";
  if (create) return "create";
  if (del) return "delete";
  if (update) return "update";
  if (read2) return "read";
  return "no-op";
}
function walkModule(module2, out2 = []) {
  if (!module2) return out2;
  const resources = module2.resources ?? [];
  for (let i2 = 0; i2 < resources.length; i2++) out2.push(resources[i2]);
  const children = module2.child_modules ?? [];
  for (let i2 = 0; i2 < children.length; i2++) walkModule(children[i2], out2);
  return out2;
}
function modulePathOf(modules, cache3) {
  let path2 = cache3.paths.get(modules);
  if (path2 === void 0) {
    path2 = formatModulePath(modules);
    cache3.paths.set(modules, path2);
  }
  return path2;
}
function makeInstance(cache3, order, address, type, name2, mode, action, before, after, afterUnknown) {
  const parsed = parseAddressShared(address, cache3.prefixes, type, name2);
  if (!parsed) return null;
  return {
    address,
    order,
    mode: mode ?? parsed.mode,
    type,
    name: name2,
    key: parsed.key,
    modules: parsed.modules,
    modulePath: modulePathOf(parsed.modules, cache3),
    action,
    before: isJsonObject(before) ? before : null,
    after: isJsonObject(after) ? after : null,
    afterUnknown: afterUnknown ?? {}
  };
}
function badAddress(plan, place, address) {
  const shown2 = JSON.stringify(address.length > 80 ? `${address.slice(0, 79)}\u2026` : address).replace(new RegExp("\\p{Cc}", "gu"), " ");
  return new InputError(plan.path === "-" ? "stdin" : plan.path, `is not valid Terraform plan or state output: ${place}.address ${shown2} is no resource address`);
}
function collectInstances(plan) {
  const out2 = [];
  const seen = /* @__PURE__ */ new Set();
  const cache3 = { prefixes: prefixCache(), paths: /* @__PURE__ */ new Map() };
  const json = plan.json;
  const changes = json.resource_changes ?? [];
  for (let i2 = 0; i2 < changes.length; i2++) {
    const rc = changes[i2];
    if (!rc || typeof rc.address !== "string" || !rc.change) continue;
    const inst = makeInstance(
      cache3,
      out2.length,
      rc.address,
      rc.type,
      rc.name,
      rc.mode,
      toAction(rc.change.actions),
      rc.change.before,
      rc.change.after,
      rc.change.after_unknown
    );
    if (!inst) {
      if (MODEL_RESOURCE_TYPES.has(rc.type)) throw badAddress(plan, `resource_changes[${i2}]`, rc.address);
      continue;
    }
    if (!seen.has(inst.address)) {
      seen.add(inst.address);
      out2.push(inst);
    }
  }
  const values = plan.kind === "state" ? json.values : json.planned_values;
  const resources = walkModule(values?.root_module);
  for (let i2 = 0; i2 < resources.length; i2++) {
    const r = resources[i2];
    if (!r || typeof r.address !== "string" || seen.has(r.address)) continue;
    const inst = makeInstance(cache3, out2.length, r.address, r.type, r.name, r.mode, "no-op", r.values ?? null, r.values ?? null, {});
    if (!inst) {
      if (MODEL_RESOURCE_TYPES.has(r.type)) throw badAddress(plan, plan.kind === "state" ? "values" : "planned_values", r.address);
      continue;
    }
    seen.add(inst.address);
    out2.push(inst);
  }
  return out2;
}
function priorResources(plan) {
  const root = plan.kind === "state" ? plan.json.values?.root_module : plan.json.prior_state?.values?.root_module;
  return walkModule(root);
}
var InstancesByType = class {
  lists = /* @__PURE__ */ new Map();
  constructor(instances) {
    for (let i2 = 0; i2 < instances.length; i2++) {
      const inst = instances[i2];
      const list = this.lists.get(inst.type);
      if (list) list.push(inst);
      else this.lists.set(inst.type, [inst]);
    }
  }
  /** The instances of `types`, in plan order. The list may be the index's own: never change it. */
  of(types) {
    const found = [];
    for (const type of types) {
      const list = this.lists.get(type);
      if (list) found.push(list);
    }
    if (found.length <= 1) return found[0] ?? [];
    return mergeInPlanOrder(found);
  }
};
function mergeInPlanOrder(lists) {
  const out2 = [];
  const next = new Array(lists.length).fill(0);
  for (; ; ) {
    let best = -1;
    let bestOrder = Infinity;
    for (let k = 0; k < lists.length; k++) {
      const inst = lists[k][next[k]];
      if (inst !== void 0 && inst.order < bestOrder) {
        best = k;
        bestOrder = inst.order;
      }
    }
    if (best === -1) return out2;
    out2.push(lists[best][next[best]]);
    next[best] = next[best] + 1;
  }
}

// src/model/build.ts
function echoPeerKey(p) {
  switch (p.kind) {
    case "cidr":
      return `cidr:${p.cidr}`;
    case "prefix-list":
      return `pl:${p.id}`;
    case "security-group":
      return `sg:${p.id ?? p.address ?? ""}`;
    case "self":
      return "self";
    case "unknown":
      return `unknown:${p.attribute}`;
  }
}
function permissionKey(p, peer = p.peer) {
  return `${p.securityGroup ?? p.securityGroupId ?? ""}|${p.direction}|${p.protocol}|${p.fromPort ?? ""}|${p.toPort ?? ""}|${p.icmpType ?? ""}|${p.icmpCode ?? ""}|${echoPeerKey(peer)}`;
}
var SELF2 = { kind: "self" };
function append(to, items) {
  for (let i2 = 0; i2 < items.length; i2++) to.push(items[i2]);
}
function groupIdMap(plan, groups) {
  const map = /* @__PURE__ */ new Map();
  for (const r of priorResources(plan)) {
    const id = r.values?.id;
    if (GROUP_TYPES.has(r.type) && typeof id === "string" && id) map.set(id, r.address);
  }
  for (const inst of groups) {
    const before = inst.before?.id;
    if (typeof before === "string" && before) map.set(before, inst.address);
    const after = inst.after?.id;
    if (typeof after === "string" && after) map.set(after, inst.address);
  }
  return map;
}
function buildModel(plan) {
  const everything = collectInstances(plan);
  const byType = new InstancesByType(everything);
  const config = new ConfigIndex(plan.json.configuration?.root_module, everything);
  const groupInstances = /* @__PURE__ */ new Map();
  for (const inst of byType.of(GROUP_TYPES)) if (inst.mode === "managed") groupInstances.set(inst.address, inst);
  const ruleInstances = byType.of(RULE_TYPES).filter((i2) => i2.mode === "managed");
  const groupIdToAddress = groupIdMap(plan, groupInstances.values());
  const ctx = { config, groupIdToAddress, peers: peerCache(), owners: { before: /* @__PURE__ */ new Map(), after: /* @__PURE__ */ new Map() }, file: plan.path === "-" ? "stdin" : plan.path };
  const sides = { before: [], after: [] };
  for (let i2 = 0; i2 < ruleInstances.length; i2++) {
    const inst = ruleInstances[i2];
    const after = rulePermissions(inst, "after", ctx);
    append(sides.after, after);
    if (sameOnBothSides(inst)) {
      ctx.owners.before.set(inst, ruleOwnerOn(inst, "after", ctx));
      append(sides.before, asBeforeSide(after));
    } else {
      append(sides.before, rulePermissions(inst, "before", ctx));
    }
  }
  const standalone = { before: sides.before.length, after: sides.after.length };
  let standaloneKeys;
  const isEcho = (p, group) => {
    standaloneKeys ??= new Set([...sides.before.slice(0, standalone.before), ...sides.after.slice(0, standalone.after)].map((q) => permissionKey(q)));
    return standaloneKeys.has(permissionKey(p, p.peer.kind === "security-group" && p.peer.address === group ? SELF2 : p.peer));
  };
  const keepInline = (inline, inst, out2) => {
    if (inline.length === 0) return;
    const declares = config.resourceOf(inst)?.expressions;
    for (const p of inline) {
      const declared = declares?.[p.direction] !== void 0;
      if (declared || !isEcho(p, inst.address)) out2.push(p);
    }
  };
  for (const inst of groupInstances.values()) {
    const after = inlinePermissions(inst, "after", ctx);
    keepInline(sameOnBothSides(inst) ? asBeforeSide(after) : inlinePermissions(inst, "before", ctx), inst, sides.before);
    keepInline(after, inst, sides.after);
  }
  const attachments = collectAttachments(byType, groupInstances, groupIdToAddress, config);
  const VPC = /* @__PURE__ */ new Set(["aws_vpc"]);
  const vpcIndex = valueIndex(byType.of(VPC), ["id"]);
  const str2 = (v) => typeof v === "string" ? v : null;
  const groupSides = () => {
    const out2 = { before: [], after: [] };
    for (const inst of groupInstances.values()) {
      const expressions = config.resourceOf(inst)?.expressions;
      const declaresIngress = config.present ? expressions?.ingress !== void 0 : null;
      const declaresEgress = config.present ? expressions?.egress !== void 0 : null;
      const vpc = referencedAddresses(inst, ["vpc_id"], VPC, (v) => vpcIndex.get(v), config)[0];
      for (const side of ["after", "before"]) {
        const values = inst[side];
        if (values === null) continue;
        out2[side].push({
          address: inst.address,
          type: inst.type,
          module: inst.modulePath,
          name: str2(values.name),
          id: str2(values.id),
          vpcId: str2(values.vpc_id),
          vpc: vpc ?? str2(values.vpc_id),
          description: str2(values.description),
          // The before side is what exists: nothing there is being changed.
          action: side === "after" ? inst.action : "no-op",
          declaresInline: { ingress: declaresIngress, egress: declaresEgress },
          attachments: attachments.byGroup.get(inst.address) ?? []
        });
      }
    }
    return out2;
  };
  const ruleResourcesOn = (side) => {
    const out2 = [];
    for (let i2 = 0; i2 < ruleInstances.length; i2++) {
      const inst = ruleInstances[i2];
      if (inst[side] === null) continue;
      out2.push({ address: inst.address, type: inst.type, action: side === "after" ? inst.action : "no-op", securityGroup: ruleOwnerOn(inst, side, ctx).address });
    }
    return out2;
  };
  const groups = groupSides();
  return {
    plan: { path: plan.path, kind: plan.kind, terraformVersion: plan.terraformVersion, formatVersion: plan.formatVersion },
    network: collectNetwork(byType, config),
    groups: groups.after,
    ruleResources: ruleResourcesOn("after"),
    permissions: sides.after,
    beforeGroups: groups.before,
    beforeRuleResources: ruleResourcesOn("before"),
    beforePermissions: sides.before
  };
}

// src/check.ts
import { dirname as dirname2, relative as relative3, resolve as resolve3, sep as sep4 } from "node:path";

// src/plan/load.ts
import { constants as bufferConstants2 } from "node:buffer";
import { mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/plan/json-error.ts
function findJsonSyntaxError(text) {
  const problem = locate(text);
  if (problem && !problem.truncated && problem.offset >= text.trimEnd().length) return endOfText(text);
  return problem;
}
function locate(text) {
  const stack = [];
  let state = "value";
  let pos = 0;
  for (; ; ) {
    pos = skipWhitespace(text, pos);
    if (pos >= text.length) {
      return state === "after" && stack.length === 0 ? null : endOfText(text);
    }
    const ch = text.charAt(pos);
    const top = stack[stack.length - 1];
    switch (state) {
      case "firstKey":
      case "key":
        if (ch === "}" && state === "firstKey") {
          stack.pop();
          pos += 1;
          state = "after";
        } else if (ch === '"') {
          const end = scanString(text, pos);
          if (typeof end !== "number") return end;
          pos = end;
          state = "colon";
        } else {
          return unexpected(text, pos, state === "key" ? "a property name in double quotes" : "a property name in double quotes or '}'");
        }
        break;
      case "colon":
        if (ch !== ":") return unexpected(text, pos, "':'");
        pos += 1;
        state = "value";
        break;
      case "firstItem":
        if (ch === "]") {
          stack.pop();
          pos += 1;
          state = "after";
        } else {
          state = "value";
        }
        break;
      case "value": {
        if (ch === "{" || ch === "[") {
          stack.push(ch);
          pos += 1;
          state = ch === "{" ? "firstKey" : "firstItem";
          break;
        }
        const end = scanScalar(text, pos);
        if (typeof end !== "number") return end;
        pos = end;
        state = "after";
        break;
      }
      case "after":
        if (top === void 0) {
          return { offset: pos, truncated: false, description: `unexpected ${describeChar(text, pos)} after the end of the JSON value` };
        }
        if (ch === ",") {
          pos += 1;
          state = top === "{" ? "key" : "value";
        } else if (ch === "}" && top === "{" || ch === "]" && top === "[") {
          stack.pop();
          pos += 1;
        } else {
          return unexpected(text, pos, top === "{" ? "',' or '}'" : "',' or ']'");
        }
        break;
    }
  }
}
function lineColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i2 = text.indexOf("\n"); i2 !== -1 && i2 < end; i2 = text.indexOf("\n", i2 + 1)) {
    line += 1;
    lineStart = i2 + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
function skipWhitespace(text, pos) {
  let p = pos;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
    p += 1;
  }
  return p;
}
function endOfText(text) {
  return { offset: text.trimEnd().length, truncated: true, description: "unexpected end of text" };
}
function unexpected(text, pos, expected) {
  return { offset: pos, truncated: false, description: `expected ${expected} but found ${describeChar(text, pos)}` };
}
function describeChar(text, pos) {
  return describeCodePoint(text.codePointAt(pos));
}
function describeCodePoint(code3) {
  if (code3 === void 0) return "the end of the text";
  if (code3 < 32 || code3 === 127 || code3 >= 128 && code3 < 160) {
    return `control character U+${code3.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return `'${String.fromCodePoint(code3)}'`;
}
function scanString(text, start2) {
  let p = start2 + 1;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (c === 34) return p + 1;
    if (c < 32) {
      return { offset: p, truncated: false, description: `${describeChar(text, p)} inside a string (must be escaped)` };
    }
    if (c === 92) {
      const escape2 = scanEscape(text, p);
      if (typeof escape2 !== "number") return escape2;
      p = escape2;
    } else {
      p += 1;
    }
  }
  return endOfText(text);
}
function scanEscape(text, p) {
  if (p + 1 >= text.length) return endOfText(text);
  const e = text.charAt(p + 1);
  if ('"\\/bfnrt'.includes(e)) return p + 2;
  if (e !== "u") return { offset: p, truncated: false, description: `invalid escape '\\${e}' in a string` };
  for (let i2 = p + 2; i2 < p + 6; i2 += 1) {
    if (i2 >= text.length) return endOfText(text);
    if (!/[0-9a-fA-F]/.test(text.charAt(i2))) {
      return { offset: p, truncated: false, description: "invalid \\u escape in a string (needs 4 hex digits)" };
    }
  }
  return p + 6;
}
var LITERALS = ["true", "false", "null"];
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var NUMBER_PREFIX_AT_END = /-?(?:0|[1-9]\d*)?(?:\.\d*)?(?:[eE][+-]?\d*)?$/y;
function scanScalar(text, pos) {
  const ch = text.charAt(pos);
  if (ch === '"') return scanString(text, pos);
  if (ch === "-" || ch >= "0" && ch <= "9") return scanNumber(text, pos);
  for (const word of LITERALS) {
    if (text.startsWith(word, pos)) return pos + word.length;
    const rest = text.slice(pos);
    if (rest.length < word.length && word.startsWith(rest)) return endOfText(text);
  }
  return unexpected(text, pos, "a value");
}
function scanNumber(text, pos) {
  NUMBER.lastIndex = pos;
  const m = NUMBER.exec(text);
  const end = m ? pos + m[0].length : pos;
  const next = text.charAt(end);
  if (m && (next === "" || /[\s,\]}]/.test(next))) return end;
  NUMBER_PREFIX_AT_END.lastIndex = pos;
  if (NUMBER_PREFIX_AT_END.test(text)) return endOfText(text);
  return { offset: pos, truncated: false, description: "malformed number" };
}

// src/plan/scan.ts
import { constants as bufferConstants, isUtf8 } from "node:buffer";
import { readSync } from "node:fs";

// src/plan/workflow-command.ts
var NAME = /^::[A-Za-z][\w-]*/;
function workflowCommandStart(text, whole) {
  const name2 = NAME.exec(text);
  if (!name2) return false;
  const after = name2[0].length;
  if (text.startsWith("::", after)) return true;
  if (text.charAt(after) !== " ") return false;
  const end = text.indexOf("\n", after);
  const rest = end < 0 ? text.slice(after + 1) : text.slice(after + 1, end);
  if (rest.includes("::")) return true;
  return whole || end >= 0 ? false : "undecided";
}
function isWorkflowCommand(line) {
  return workflowCommandStart(line, true) === true;
}

// src/plan/scan.ts
var DEFAULT_WINDOW_SIZE = 1 << 20;
var MIN_WINDOW_SIZE = 6;
var MAX_MODULE_DEPTH = 500;
function memorySource(bytes) {
  return {
    size: bytes.length,
    read(target, offset, length, position) {
      const n = Math.max(0, Math.min(length, bytes.length - position));
      target.set(bytes.subarray(position, position + n), offset);
      return n;
    }
  };
}
function fileSource(fd, size) {
  return {
    size,
    read: (target, offset, length, position) => length <= 0 ? 0 : readSync(fd, target, offset, length, position)
  };
}
var ScanError = class extends Error {
  constructor(offset, truncated, description2) {
    super(description2);
    this.offset = offset;
    this.truncated = truncated;
    this.description = description2;
    this.name = "ScanError";
  }
  offset;
  truncated;
  description;
};
var ScanLimitError = class extends Error {
  constructor(offset, limit) {
    super(`a value larger than ${limit} bytes`);
    this.offset = offset;
    this.limit = limit;
    this.name = "ScanLimitError";
  }
  offset;
  limit;
};
var MAX_VALUE_BYTES = bufferConstants.MAX_STRING_LENGTH;
function scanJson(source, start2, limit, options) {
  const scanner = new Scanner(source, start2, limit, windowOf(options.windowSize), options);
  const value = scanner.document();
  scanner.settleDeferred(value);
  const valueEnd = scanner.offset();
  const next = scanner.ws();
  const trailer = next < 0 ? null : scanner.offset();
  return { value, valueEnd, trailer, utf8: scanner.utf8, readEnd: scanner.readEnd() };
}
function windowOf(size) {
  return Math.max(MIN_WINDOW_SIZE, Math.floor(size ?? DEFAULT_WINDOW_SIZE));
}
var QUOTE = 34;
var BACKSLASH = 92;
var OPEN_OBJECT = 123;
var CLOSE_OBJECT = 125;
var OPEN_ARRAY = 91;
var CLOSE_ARRAY = 93;
var COMMA = 44;
var COLON = 58;
var NEWLINE = 10;
var PLAIN = new Uint8Array(256);
for (let c = 32; c < 256; c++) PLAIN[c] = c === QUOTE || c === BACKSLASH ? 0 : 1;
function plainEnd(buf, words, p) {
  while ((p & 3) !== 0) {
    if (PLAIN[buf[p]] !== 1) return p;
    p++;
  }
  for (; ; ) {
    const w = words[p >>> 2];
    const q = w ^ 572662306;
    const b = w ^ 1549556828;
    if (((q - 16843009 | 0) & ~q | (b - 16843009 | 0) & ~b | (w - 538976288 | 0) & ~w) & 2155905152) break;
    p += 4;
  }
  while (PLAIN[buf[p]] === 1) p++;
  return p;
}
var LITERALS2 = ["true", "false", "null"].map((w) => new TextEncoder().encode(w));
var RESOURCE_KEYS = ["type", "address", "mode", "change"];
var RESOURCE_KEY_BYTES = RESOURCE_KEYS.map((k) => new TextEncoder().encode(k));
var KEY_TYPE = 0;
var KEY_ADDRESS = 1;
var KEY_MODE = 2;
var KEY_CHANGE = 3;
var CHANGE_KEYS = ["before", "after"];
var CHANGE_KEY_BYTES = CHANGE_KEYS.map((k) => new TextEncoder().encode(k));
var NULL_BYTES = new TextEncoder().encode("null");
var utf8Decoder = new TextDecoder("utf-8", { ignoreBOM: true });
function decodeUtf8(bytes) {
  return utf8Decoder.decode(bytes);
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function isHex(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
}
function isAsciiNumberEnd(c) {
  return c === COMMA || c === CLOSE_OBJECT || c === CLOSE_ARRAY || c === 32 || c >= 9 && c <= 13;
}
var UNICODE_SPACES = [
  [194, 160],
  [225, 154, 128],
  ...Array.from({ length: 11 }, (_, i2) => [226, 128, 128 + i2]),
  [226, 128, 168],
  [226, 128, 169],
  [226, 128, 175],
  [226, 129, 159],
  [227, 128, 128],
  [239, 187, 191]
];
function numberPrefixStep(state, c) {
  const digit2 = isDigit(c);
  const dot = c === 46;
  const exp = c === 101 || c === 69;
  switch (state) {
    case 0 /* Start */:
    case 1 /* Minus */:
      if (c === 45 && state === 0 /* Start */) return 1 /* Minus */;
      if (c === 48) return 2 /* Zero */;
      if (digit2) return 3 /* Int */;
      return dot ? 4 /* Frac */ : exp ? 5 /* Exp */ : -1;
    case 2 /* Zero */:
      return dot ? 4 /* Frac */ : exp ? 5 /* Exp */ : -1;
    case 3 /* Int */:
      return digit2 ? 3 /* Int */ : dot ? 4 /* Frac */ : exp ? 5 /* Exp */ : -1;
    case 4 /* Frac */:
      return digit2 ? 4 /* Frac */ : exp ? 5 /* Exp */ : -1;
    case 5 /* Exp */:
      return c === 43 || c === 45 ? 6 /* ExpSign */ : digit2 ? 7 /* ExpDigits */ : -1;
    case 6 /* ExpSign */:
    case 7 /* ExpDigits */:
      return digit2 ? 7 /* ExpDigits */ : -1;
  }
}
var Utf8Check = class {
  valid = true;
  carry = new Uint8Array(4);
  carried = 0;
  push(bytes, from, to) {
    if (!this.valid) return;
    let i2 = from;
    if (this.carried > 0) {
      const need = sequenceLength(this.carry[0] ?? 0);
      while (this.carried < need && i2 < to) this.carry[this.carried++] = bytes[i2++] ?? 0;
      if (this.carried < need) return;
      this.valid = isUtf8(this.carry.subarray(0, this.carried));
      this.carried = 0;
      if (!this.valid) return;
    }
    let cut = to;
    for (let k = to - 1; k >= i2 && k >= to - 3; k--) {
      const c = bytes[k] ?? 0;
      if (c < 128) break;
      if (c >= 192) {
        if (k + sequenceLength(c) > to) cut = k;
        break;
      }
    }
    if (cut > i2 && !isUtf8(bytes.subarray(i2, cut))) {
      this.valid = false;
      return;
    }
    for (let k = cut; k < to; k++) this.carry[this.carried++] = bytes[k] ?? 0;
  }
  /** Whether everything pushed was valid; `complete` when no more bytes follow (a cut sequence is then invalid). */
  finish(complete) {
    return this.valid && (!complete || this.carried === 0);
  }
};
function sequenceLength(lead) {
  if (lead >= 240) return 4;
  if (lead >= 224) return 3;
  if (lead >= 192) return 2;
  return 1;
}
function parseChange(bytes, start2, sides) {
  const before = sides?.before;
  const after = sides?.after;
  const cuts = sides?.cuts ?? [];
  const same = before && after && after[1] - after[0] === before[1] - before[0] && after[1] - after[0] >= 64 ? Buffer.compare(bytes.subarray(before[0] - start2, before[1] - start2), bytes.subarray(after[0] - start2, after[1] - start2)) === 0 : false;
  if (!same || !after) return JSON.parse(decodeUtf8(withoutCuts(bytes, start2, cuts)));
  const edits = cuts.filter(([from]) => from < after[0] || from >= after[1]);
  edits.push([after[0], after[1], NULL_BYTES]);
  edits.sort((x, y) => x[0] - y[0]);
  const parsed = JSON.parse(decodeUtf8(withoutCuts(bytes, start2, edits)));
  parsed.change.after = parsed.change.before;
  return parsed;
}
function withoutCuts(bytes, start2, cuts) {
  if (cuts.length === 0) return bytes;
  const parts2 = [];
  let at = 0;
  for (const [from, to, insert] of cuts) {
    const f = Math.max(at, from - start2);
    const t = to - start2;
    if (t <= at) continue;
    parts2.push(bytes.subarray(at, f));
    if (insert) parts2.push(insert);
    at = t;
  }
  parts2.push(bytes.subarray(at));
  return Buffer.concat(parts2);
}
var DEFERRED = Object.freeze({});
var SAME_MODULE = -1;
var MODULE_PREFIX = [109, 111, 100, 117, 108, 101, 46];
function startsWithModule(bytes, at, length) {
  if (length - at < MODULE_PREFIX.length) return false;
  for (let i2 = 0; i2 < MODULE_PREFIX.length; i2++) if (bytes[at + i2] !== MODULE_PREFIX[i2]) return false;
  return true;
}
function setMember(obj, key2, value) {
  if (key2 === "__proto__") Object.defineProperty(obj, key2, { value, writable: true, enumerable: true, configurable: true });
  else obj[key2] = value;
}
var Scanner = class {
  constructor(src, start2, limit, windowSize, options) {
    this.src = src;
    this.limit = limit;
    this.windowSize = windowSize;
    this.keep = options.keepTypes;
    this.keepPrior = options.priorStateTypes ?? options.keepTypes;
    this.projectPrior = options.priorStateProjection;
    this.unread = options.unreadAttributes ?? [];
    this.maxValue = options.maxValueBytes ?? MAX_VALUE_BYTES;
    this.unreadBytes = this.unread.map((k) => new TextEncoder().encode(k));
    const bytes = new ArrayBuffer(windowSize + 8 & ~3);
    this.buf = Buffer.from(bytes, 0, windowSize + 1);
    this.words = new Uint32Array(bytes);
    this.base = start2;
  }
  src;
  limit;
  windowSize;
  /** The window, plus one byte for the zero sentinel at `end`. */
  buf;
  /** The window's bytes as words, for plainEnd. */
  words;
  /** Next byte to look at, and end of the valid bytes, in the window. */
  pos = 0;
  end = 0;
  /** Source offset of buf[0]. */
  base;
  stack = new Uint8Array(256);
  utf8 = new Utf8Check();
  /** Copying the bytes of a value being kept (one at a time), and of a string being read. */
  capturing = false;
  captureStart = 0;
  /** Source offsets where the capture and the string being read began, to bound their size. */
  captureFrom = 0;
  stringFrom = 0;
  maxValue;
  captured = [];
  stringing = false;
  stringStart = 0;
  stringParts = [];
  /** The address of the resource being read (copied; the window moves on). */
  address = new Uint8Array(256);
  /** Decoded strings by a hash of their bytes (resource types and modes). */
  strings = /* @__PURE__ */ new Map();
  cachedStrings = 0;
  keep;
  keepPrior;
  projectPrior;
  unread;
  unreadBytes;
  /** Kept planned_values resources, settled after the scan. */
  deferred = [];
  offset() {
    return this.base + this.pos;
  }
  readEnd() {
    return this.base + this.end;
  }
  // ------------------------------------------------------------ window
  /** Reads more bytes into the window, keeping [pos, end); false at the end of the range. */
  more() {
    const at = this.base + this.end;
    if (at >= this.limit) return false;
    const buf = this.buf;
    if (this.capturing && this.base + this.pos - this.captureFrom > this.maxValue) throw new ScanLimitError(this.captureFrom, this.maxValue);
    if (this.stringing && this.base + this.pos - this.stringFrom > this.maxValue) throw new ScanLimitError(this.stringFrom, this.maxValue);
    if (this.capturing && this.pos > this.captureStart) this.captured.push(Uint8Array.prototype.slice.call(buf, this.captureStart, this.pos));
    if (this.stringing && this.pos > this.stringStart) this.stringParts.push(Uint8Array.prototype.slice.call(buf, this.stringStart, this.pos));
    if (this.pos > 0) {
      buf.copyWithin(0, this.pos, this.end);
      this.base += this.pos;
      this.end -= this.pos;
      this.pos = 0;
    }
    this.captureStart = 0;
    this.stringStart = 0;
    const room = this.windowSize - this.end;
    if (room <= 0) throw new Error("sg-guard: the plan scanner needed more than its window");
    const n = this.src.read(buf, this.end, Math.min(room, this.limit - at), at);
    if (n <= 0) {
      this.limit = at;
      return false;
    }
    this.utf8.push(buf, this.end, this.end + n);
    this.end += n;
    buf[this.end] = 0;
    return true;
  }
  /** Makes n bytes available from pos; false when the range ends first. */
  ensure(n) {
    while (this.end - this.pos < n) if (!this.more()) return false;
    return true;
  }
  /** Skips JSON whitespace; returns the byte at pos, or -1 at the end of the range. */
  ws() {
    for (; ; ) {
      const buf = this.buf;
      const end = this.end;
      let pos = this.pos;
      while (pos < end) {
        const c = buf[pos];
        if (c !== 32 && c !== 10 && c !== 13 && c !== 9) {
          this.pos = pos;
          return c;
        }
        pos++;
      }
      this.pos = pos;
      if (!this.more()) return -1;
    }
  }
  /** Like ws(), but the end of the range here means the text was cut short. */
  next() {
    const c = this.ws();
    if (c < 0) throw this.truncated();
    return c;
  }
  // ------------------------------------------------------------ errors
  truncated() {
    return new ScanError(this.limit, true, "unexpected end of text");
  }
  unexpected(expected) {
    const at = this.offset();
    return new ScanError(at, false, `expected ${expected} but found ${describeCodePoint(codePointAt(this.src, at))}`);
  }
  // ------------------------------------------------------------ skipping
  growStack() {
    const bigger = new Uint8Array(this.stack.length * 2);
    bigger.set(this.stack);
    this.stack = bigger;
    return bigger;
  }
  /**
   * Skips the value at pos (whitespace already skipped), checking it is valid
   * JSON. The hot loop of the scanner: most of a large plan goes through here.
   * Anything unusual (the window's end, an error, a rare escape) goes to the
   * slow paths, which start over from the token's first byte.
   */
  skipValue() {
    const buf = this.buf;
    const words = this.words;
    let stack = this.stack;
    let depth = 0;
    let pos = this.pos;
    let end = this.end;
    let c = buf[pos];
    let key2 = false;
    for (; ; ) {
      if (key2) {
        key2 = false;
        const p = plainEnd(buf, words, pos + 1);
        c = buf[p];
        if (c === QUOTE && buf[p + 1] === COLON) {
          pos = p + 2;
        } else {
          this.pos = pos;
          this.skipString();
          if (this.next() !== COLON) throw this.unexpected("':'");
          pos = ++this.pos;
          end = this.end;
        }
        c = buf[pos];
        while (c === 32 || c === 10 || c === 13 || c === 9) c = buf[++pos];
        if (pos >= end) {
          this.pos = pos;
          c = this.next();
          pos = this.pos;
          end = this.end;
        }
      }
      if (c === QUOTE) {
        let p = pos + 1;
        for (; ; ) {
          p = plainEnd(buf, words, p);
          c = buf[p];
          if (c === QUOTE) {
            pos = p + 1;
            break;
          }
          if (c === BACKSLASH && p + 6 < end) {
            const e = buf[p + 1];
            if (e === QUOTE || e === BACKSLASH || e === 110 || e === 116 || e === 47 || e === 114 || e === 98 || e === 102) {
              p += 2;
              continue;
            }
            if (e === 117 && isHex(buf[p + 2]) && isHex(buf[p + 3]) && isHex(buf[p + 4]) && isHex(buf[p + 5])) {
              p += 6;
              continue;
            }
          }
          this.pos = pos;
          this.skipString();
          pos = this.pos;
          end = this.end;
          break;
        }
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        if (depth === stack.length) stack = this.growStack();
        stack[depth++] = c;
        c = buf[++pos];
        while (c === 32 || c === 10 || c === 13 || c === 9) c = buf[++pos];
        if (pos >= end) {
          this.pos = pos;
          c = this.next();
          pos = this.pos;
          end = this.end;
        }
        if (stack[depth - 1] === OPEN_OBJECT) {
          if (c === QUOTE) {
            key2 = true;
            continue;
          }
          if (c !== CLOSE_OBJECT) {
            this.pos = pos;
            throw this.unexpected("a property name in double quotes or '}'");
          }
          pos++;
          depth--;
        } else if (c === CLOSE_ARRAY) {
          pos++;
          depth--;
        } else {
          continue;
        }
      } else if (c === 45 || c >= 48 && c <= 57) {
        let p = c === 45 ? pos + 1 : pos;
        let d = buf[p];
        if (d === 48) {
          d = buf[++p];
        } else if (d >= 49 && d <= 57) {
          do
            d = buf[++p];
          while (d >= 48 && d <= 57);
        } else {
          d = -1;
        }
        if (p < end && isAsciiNumberEnd(d)) {
          pos = p;
        } else {
          this.pos = pos;
          this.skipNumber();
          pos = this.pos;
          end = this.end;
        }
      } else if (c === 116 && buf[pos + 1] === 114 && buf[pos + 2] === 117 && buf[pos + 3] === 101) {
        pos += 4;
      } else if (c === 102 && buf[pos + 1] === 97 && buf[pos + 2] === 108 && buf[pos + 3] === 115 && buf[pos + 4] === 101) {
        pos += 5;
      } else if (c === 110 && buf[pos + 1] === 117 && buf[pos + 2] === 108 && buf[pos + 3] === 108) {
        pos += 4;
      } else {
        this.pos = pos;
        this.skipLiteral();
        pos = this.pos;
        end = this.end;
      }
      for (; ; ) {
        if (depth === 0) {
          this.pos = pos;
          return;
        }
        c = buf[pos];
        while (c === 32 || c === 10 || c === 13 || c === 9) c = buf[++pos];
        if (pos >= end) {
          this.pos = pos;
          c = this.next();
          pos = this.pos;
          end = this.end;
        }
        const top = stack[depth - 1];
        if (c === COMMA) {
          c = buf[++pos];
          while (c === 32 || c === 10 || c === 13 || c === 9) c = buf[++pos];
          if (pos >= end) {
            this.pos = pos;
            c = this.next();
            pos = this.pos;
            end = this.end;
          }
          if (top === OPEN_OBJECT) {
            if (c !== QUOTE) {
              this.pos = pos;
              throw this.unexpected("a property name in double quotes");
            }
            key2 = true;
          }
          break;
        }
        if (c === CLOSE_OBJECT && top === OPEN_OBJECT || c === CLOSE_ARRAY && top === OPEN_ARRAY) {
          pos++;
          depth--;
          continue;
        }
        this.pos = pos;
        throw this.unexpected(top === OPEN_OBJECT ? "',' or '}'" : "',' or ']'");
      }
    }
  }
  /** A string at pos (its opening quote), across windows, with escapes. */
  skipString() {
    this.pos++;
    for (; ; ) {
      const buf = this.buf;
      let p = this.pos;
      let c;
      while ((c = buf[p]) >= 32 && c !== QUOTE && c !== BACKSLASH) p++;
      this.pos = p;
      if (p >= this.end) {
        if (!this.more()) throw this.truncated();
      } else if (c === QUOTE) {
        this.pos = p + 1;
        return;
      } else if (c === BACKSLASH) {
        this.skipEscape();
      } else {
        const at = this.offset();
        throw new ScanError(at, false, `${describeCodePoint(c)} inside a string (must be escaped)`);
      }
    }
  }
  skipEscape() {
    const at = this.offset();
    if (!this.ensure(2)) throw this.truncated();
    const e = this.buf[this.pos + 1];
    if (e === QUOTE || e === BACKSLASH || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) {
      this.pos += 2;
      return;
    }
    if (e !== 117) {
      const escaped = String.fromCodePoint(codePointAt(this.src, at + 1) ?? 65533).charAt(0);
      throw new ScanError(at, false, `invalid escape '\\${escaped}' in a string`);
    }
    this.ensure(6);
    for (let i2 = 2; i2 < 6; i2++) {
      if (this.pos + i2 >= this.end) throw this.truncated();
      if (!isHex(this.buf[this.pos + i2])) throw new ScanError(at, false, "invalid \\u escape in a string (needs 4 hex digits)");
    }
    this.pos += 6;
  }
  /** The byte at pos, reading on; -1 at the end of the range. */
  peek() {
    return this.pos < this.end || this.more() ? this.buf[this.pos] : -1;
  }
  /** A number at pos, as the text locator reads it: the longest valid number, then a delimiter. */
  skipNumber() {
    const start2 = this.offset();
    let state = 0 /* Start */;
    let c = this.peek();
    if (c === 45) {
      this.pos++;
      state = 1 /* Minus */;
      c = this.peek();
    }
    if (isDigit(c)) {
      this.pos++;
      state = c === 48 ? 2 /* Zero */ : 3 /* Int */;
      if (state === 3 /* Int */) while (isDigit(this.peek())) this.pos++;
      if (this.peek() === 46 && this.ensure(2) && isDigit(this.buf[this.pos + 1])) {
        this.pos += 2;
        state = 4 /* Frac */;
        while (isDigit(this.peek())) this.pos++;
      }
      c = this.peek();
      if (c === 101 || c === 69) {
        this.ensure(3);
        const sign = this.buf[this.pos + 1] === 43 || this.buf[this.pos + 1] === 45 ? 1 : 0;
        if (this.pos + 1 + sign < this.end && isDigit(this.buf[this.pos + 1 + sign])) {
          this.pos += 2 + sign;
          state = 7 /* ExpDigits */;
          while (isDigit(this.peek())) this.pos++;
        }
      }
      c = this.peek();
      if (c < 0 || isAsciiNumberEnd(c) || c >= 128 && this.unicodeSpace()) return;
    }
    for (; ; ) {
      c = this.peek();
      if (c < 0) throw this.truncated();
      const next = numberPrefixStep(state, c);
      if (next === -1) throw new ScanError(start2, false, "malformed number");
      state = next;
      this.pos++;
    }
  }
  /** Whether a JavaScript \s character above U+007F starts at pos. */
  unicodeSpace() {
    this.ensure(3);
    const buf = this.buf;
    const p = this.pos;
    return UNICODE_SPACES.some((seq) => p + seq.length <= this.end && seq.every((b, i2) => buf[p + i2] === b));
  }
  /** true / false / null at pos, a literal cut off by the end of the text, or no value at all. */
  skipLiteral() {
    const start2 = this.offset();
    const c = this.buf[this.pos];
    if (c === 116 || c === 102 || c === 110) {
      this.ensure(5);
      const available = this.end - this.pos;
      const remaining = this.limit - start2;
      for (const word of LITERALS2) {
        if (available >= word.length && this.startsWith(word, word.length)) {
          this.pos += word.length;
          return;
        }
        if (remaining < word.length && this.startsWith(word, remaining)) throw this.truncated();
      }
    }
    throw this.unexpected("a value");
  }
  startsWith(word, n) {
    for (let i2 = 0; i2 < n; i2++) if (this.buf[this.pos + i2] !== word[i2]) return false;
    return true;
  }
  // ------------------------------------------------------------ keeping
  beginCapture() {
    if (this.capturing) throw new Error("sg-guard: nested capture in the plan scanner");
    this.capturing = true;
    this.captureStart = this.pos;
    this.captureFrom = this.base + this.pos;
    this.captured = [];
  }
  dropCapture() {
    this.capturing = false;
    this.captured = [];
  }
  endCapture() {
    return decodeUtf8(this.endCaptureBytes());
  }
  endCaptureBytes() {
    this.capturing = false;
    if (this.base + this.pos - this.captureFrom > this.maxValue) throw new ScanLimitError(this.captureFrom, this.maxValue);
    const last = this.buf.subarray(this.captureStart, this.pos);
    if (this.captured.length === 0) return last;
    this.captured.push(last);
    const bytes = Buffer.concat(this.captured);
    this.captured = [];
    return bytes;
  }
  /** Parses the value at pos in full. */
  capture() {
    this.beginCapture();
    this.skipValue();
    return JSON.parse(this.endCapture());
  }
  /** Values the model does not read: scalars kept (they are small), containers replaced by empty ones. */
  other() {
    const c = this.buf[this.pos];
    if (c === OPEN_OBJECT) {
      this.skipValue();
      return {};
    }
    if (c === OPEN_ARRAY) {
      this.skipValue();
      return [];
    }
    return this.capture();
  }
  /** The string at pos, decoded. */
  readString() {
    const buf = this.buf;
    const start2 = this.pos + 1;
    let p = start2;
    let c;
    let high = 0;
    while ((c = buf[p]) >= 32 && c !== QUOTE && c !== BACKSLASH) {
      high |= c;
      p++;
    }
    if (c === QUOTE) {
      this.pos = p + 1;
      return high < 128 ? buf.toString("latin1", start2, p) : decodeUtf8(buf.subarray(start2, p));
    }
    this.stringing = true;
    this.stringStart = this.pos;
    this.stringFrom = this.base + this.pos;
    this.stringParts = [];
    this.skipString();
    this.stringing = false;
    if (this.base + this.pos - this.stringFrom > this.maxValue) throw new ScanLimitError(this.stringFrom, this.maxValue);
    this.stringParts.push(buf.subarray(this.stringStart, this.pos));
    const raw = this.stringParts.length === 1 ? this.stringParts[0] : Buffer.concat(this.stringParts);
    this.stringParts = [];
    return JSON.parse(decodeUtf8(raw));
  }
  /** The key at pos: its index in `keys`, or -1 for any other key. */
  readKeyId(keys, names3) {
    const buf = this.buf;
    const start2 = this.pos + 1;
    let p = start2;
    let c;
    while ((c = buf[p]) >= 32 && c !== QUOTE && c !== BACKSLASH) p++;
    if (c !== QUOTE) return names3.indexOf(this.readString());
    this.pos = p + 1;
    const length = p - start2;
    next: for (let k = 0; k < keys.length; k++) {
      const key2 = keys[k];
      if (key2.length !== length) continue;
      for (let i2 = 0; i2 < length; i2++) if (buf[start2 + i2] !== key2[i2]) continue next;
      return k;
    }
    return -1;
  }
  readRange(from, to) {
    if (to - from > this.maxValue) throw new ScanLimitError(from, this.maxValue);
    const bytes = new Uint8Array(to - from);
    for (let at = 0; at < bytes.length; ) {
      const n = this.src.read(bytes, at, bytes.length - at, from + at);
      if (n <= 0) break;
      at += n;
    }
    return decodeUtf8(bytes);
  }
  // ------------------------------------------------------------ structure
  /** An object at pos: calls `member` with pos at each value; it must consume the value. */
  walkObject(member) {
    this.pos++;
    let c = this.next();
    if (c === CLOSE_OBJECT) {
      this.pos++;
      return;
    }
    for (let first = true; ; first = false) {
      if (c !== QUOTE) throw this.unexpected(first ? "a property name in double quotes or '}'" : "a property name in double quotes");
      const key2 = this.readString();
      if (this.next() !== COLON) throw this.unexpected("':'");
      this.pos++;
      this.next();
      member(key2);
      c = this.next();
      if (c === COMMA) {
        this.pos++;
        c = this.next();
        continue;
      }
      if (c === CLOSE_OBJECT) {
        this.pos++;
        return;
      }
      throw this.unexpected("',' or '}'");
    }
  }
  /** An array at pos: calls `item` with pos at each element; it must consume the element. */
  walkArray(item) {
    this.pos++;
    if (this.next() === CLOSE_ARRAY) {
      this.pos++;
      return;
    }
    for (; ; ) {
      item();
      const c = this.next();
      if (c === COMMA) {
        this.pos++;
        this.next();
        continue;
      }
      if (c === CLOSE_ARRAY) {
        this.pos++;
        return;
      }
      throw this.unexpected("',' or ']'");
    }
  }
  /** The top-level value. */
  document() {
    if (this.next() !== OPEN_OBJECT) return this.other();
    const out2 = {};
    this.walkObject((key2) => setMember(out2, key2, this.topMember(key2)));
    return out2;
  }
  topMember(key2) {
    const c = this.buf[this.pos];
    switch (key2) {
      case "resource_changes":
        if (c === OPEN_ARRAY) return this.resources({ keep: this.keep, changes: true, stubs: true });
        break;
      case "planned_values":
        if (c === OPEN_OBJECT) return this.valuesObject({ keep: this.keep, changes: false, stubs: true, defer: true });
        break;
      case "values":
        if (c === OPEN_OBJECT) return this.valuesObject({ keep: this.keep, changes: false, stubs: true });
        break;
      case "prior_state": {
        const list = { keep: this.keepPrior, changes: false, stubs: false, project: this.projectPrior };
        if (c === OPEN_OBJECT) return this.section((k) => k === "values" && this.buf[this.pos] === OPEN_OBJECT ? this.valuesObject(list) : this.other());
        break;
      }
      case "configuration":
        return this.capture();
      case "resources":
        if (c === OPEN_ARRAY) return this.rawStateResources();
        break;
    }
    return this.other();
  }
  section(member) {
    const out2 = {};
    this.walkObject((key2) => setMember(out2, key2, member(key2)));
    return out2;
  }
  /** `planned_values`, `prior_state.values` or `values`: { root_module, outputs }. */
  valuesObject(list) {
    return this.section((key2) => key2 === "root_module" && this.buf[this.pos] === OPEN_OBJECT ? this.module(0, list) : this.other());
  }
  module(depth, list) {
    if (depth > MAX_MODULE_DEPTH) return this.capture();
    return this.section((key2) => {
      const c = this.buf[this.pos];
      if (key2 === "resources" && c === OPEN_ARRAY) return this.resources(list);
      if (key2 === "child_modules" && c === OPEN_ARRAY) {
        const children = [];
        this.walkArray(() => children.push(this.buf[this.pos] === OPEN_OBJECT ? this.module(depth + 1, list) : this.other()));
        return children;
      }
      return this.other();
    });
  }
  /** A list of resources (`resource_changes`, or a module's `resources`): only needed types are parsed. */
  resources(list) {
    const out2 = [];
    const stubs = { keys: /* @__PURE__ */ new Set(), last: null };
    this.walkArray(() => {
      if (this.buf[this.pos] !== OPEN_OBJECT) {
        out2.push(this.other());
        return;
      }
      const r = this.resource(list, stubs, out2);
      if (r !== void 0) out2.push(list.project !== void 0 && isJsonObject(r) ? list.project(r) : r);
    });
    return out2;
  }
  /**
   * The model reads a planned_values resource only when resource_changes has
   * no entry with its address (model/instances.ts, collectInstances): older
   * Terraform left unchanged resources out of resource_changes. So kept
   * planned_values resources are only located during the scan, and parsed
   * (read again from the source) here if their address is missing there. An
   * entry with the same address has the same type, so it was kept too.
   */
  settleDeferred(document) {
    if (this.deferred.length === 0) return;
    const seen = /* @__PURE__ */ new Set();
    const changes = typeof document === "object" && document !== null && !Array.isArray(document) ? document.resource_changes : void 0;
    if (Array.isArray(changes)) {
      for (const rc of changes) {
        if (typeof rc !== "object" || rc === null || Array.isArray(rc)) continue;
        if (typeof rc.address === "string" && rc.change) seen.add(rc.address);
      }
    }
    const lists = /* @__PURE__ */ new Set();
    for (const d of this.deferred) {
      lists.add(d.list);
      if (d.address === void 0 || !seen.has(d.address)) d.list[d.index] = JSON.parse(this.readRange(d.start, d.end));
    }
    for (const list of lists) {
      let to = 0;
      for (const item of list) if (item !== DEFERRED) list[to++] = item;
      list.length = to;
    }
    this.deferred = [];
  }
  /**
   * One resource object. Its bytes are copied while it is read; once its
   * "type" turns out not to be needed (Terraform writes "type" before the
   * values), the copy stops and the rest is only skipped. Nothing is decoded
   * for a skipped resource unless it needs a stub.
   */
  resource(list, stubs, out2) {
    const start2 = this.offset();
    this.beginCapture();
    let copying = true;
    let type;
    let mode;
    let change = null;
    let address;
    this.pos++;
    let c = this.next();
    if (c === CLOSE_OBJECT) {
      this.pos++;
    } else {
      for (let first = true; ; first = false) {
        if (c !== QUOTE) throw this.unexpected(first ? "a property name in double quotes or '}'" : "a property name in double quotes");
        const id = this.readKeyId(RESOURCE_KEY_BYTES, RESOURCE_KEYS);
        if (this.buf[this.pos] === COLON) this.pos++;
        else if (this.next() === COLON) this.pos++;
        else throw this.unexpected("':'");
        c = this.buf[this.pos] > 32 ? this.buf[this.pos] : this.next();
        if (id === KEY_CHANGE) {
          change = copying && c === OPEN_OBJECT ? this.changeSides() : null;
          if (change === null) this.skipValue();
        } else if (id < 0 || c !== QUOTE || id === KEY_ADDRESS && !list.stubs && list.defer !== true) {
          this.skipValue();
          if (id === KEY_TYPE) type = null;
          else if (id === KEY_ADDRESS) address = void 0;
          else if (id === KEY_MODE) mode = void 0;
        } else if (id === KEY_ADDRESS) {
          address = this.copyAddress(list.defer === true ? null : stubs.last);
        } else if (id === KEY_MODE) {
          mode = this.readMode();
        } else {
          type = this.readCachedString();
          if (copying && (list.defer === true || !list.keep.has(type))) {
            this.dropCapture();
            copying = false;
          }
        }
        c = this.buf[this.pos] > 32 ? this.buf[this.pos] : this.next();
        if (c === COMMA) {
          this.pos++;
          c = this.next();
          continue;
        }
        if (c === CLOSE_OBJECT) {
          this.pos++;
          break;
        }
        throw this.unexpected("',' or '}'");
      }
    }
    if (list.defer === true && typeof type === "string" && list.keep.has(type)) {
      if (copying) this.dropCapture();
      const raw = address === void 0 ? void 0 : decodeUtf8(this.address.subarray(0, address));
      this.deferred.push({ list: out2, index: out2.length, start: start2, end: this.offset(), address: raw === void 0 ? void 0 : JSON.parse(`"${raw}"`) });
      return DEFERRED;
    }
    if (typeof type !== "string" || list.keep.has(type)) {
      if (!copying) return JSON.parse(this.readRange(start2, this.offset()));
      return parseChange(this.endCaptureBytes(), start2, change);
    }
    if (copying) this.dropCapture();
    return list.stubs && address !== void 0 ? this.stub(list, stubs, type, address, mode) : void 0;
  }
  /** The change object at pos: where its (last) before and after values are. */
  changeSides() {
    const sides = { before: null, after: null, cuts: [] };
    this.pos++;
    let c = this.next();
    if (c === CLOSE_OBJECT) {
      this.pos++;
      return sides;
    }
    for (let first = true; ; first = false) {
      if (c !== QUOTE) throw this.unexpected(first ? "a property name in double quotes or '}'" : "a property name in double quotes");
      const id = this.readKeyId(CHANGE_KEY_BYTES, CHANGE_KEYS);
      if (this.next() !== COLON) throw this.unexpected("':'");
      this.pos++;
      this.next();
      const from = this.offset();
      if (id >= 0 && this.unread.length > 0 && this.buf[this.pos] === OPEN_OBJECT) this.cutMembers(sides.cuts);
      else this.skipValue();
      if (id === 0) sides.before = [from, this.offset()];
      else if (id === 1) sides.after = [from, this.offset()];
      c = this.next();
      if (c === COMMA) {
        this.pos++;
        c = this.next();
        continue;
      }
      if (c === CLOSE_OBJECT) {
        this.pos++;
        return sides;
      }
      throw this.unexpected("',' or '}'");
    }
  }
  /**
   * The object at pos, skipped, with cuts for its unreadAttributes members:
   * each from the end of the member before it (taking its comma), or, while
   * no member has been kept, from its key to the start of the next key (or
   * to its end, before the '}'). The cuts of members in a row meet.
   */
  cutMembers(cuts) {
    this.pos++;
    let c = this.next();
    if (c === CLOSE_OBJECT) {
      this.pos++;
      return;
    }
    let previousEnd = -1;
    let keptNone = true;
    for (let first = true; ; first = false) {
      if (c !== QUOTE) throw this.unexpected(first ? "a property name in double quotes or '}'" : "a property name in double quotes");
      const keyStart = this.offset();
      const id = this.readKeyId(this.unreadBytes, this.unread);
      if (this.next() !== COLON) throw this.unexpected("':'");
      this.pos++;
      this.next();
      this.skipValue();
      const end = this.offset();
      c = this.next();
      if (c === COMMA) {
        this.pos++;
        c = this.next();
        if (id >= 0) cuts.push(keptNone ? [keyStart, this.offset()] : [previousEnd, end]);
        else keptNone = false;
        previousEnd = end;
        continue;
      }
      if (c === CLOSE_OBJECT) {
        if (id >= 0) cuts.push(keptNone ? [keyStart, end] : [previousEnd, end]);
        this.pos++;
        return;
      }
      throw this.unexpected("',' or '}'");
    }
  }
  /**
   * Copies the raw bytes (escapes and all) of the address string at pos into
   * this.address; returns their length, or SAME_MODULE without copying when
   * the address is in the module instance of `last` (the last stub key).
   */
  copyAddress(last) {
    const buf = this.buf;
    const start2 = this.pos + 1;
    let p = start2;
    let c;
    while ((c = buf[p]) >= 32 && c !== QUOTE && (c !== BACKSLASH || buf[p + 1] === QUOTE)) p += c === BACKSLASH ? 2 : 1;
    let raw;
    if (c === QUOTE) {
      const length = p - start2;
      if (last !== null && length > last.length + 1 && buf[start2 + last.length] === 46 && !startsWithModule(buf, start2 + last.length + 1, p)) {
        let same = true;
        for (let i2 = 0; i2 < last.length && same; i2++) same = buf[start2 + i2] === last[i2];
        if (same) {
          this.pos = p + 1;
          return SAME_MODULE;
        }
      }
      if (length > this.address.length) this.address = new Uint8Array(Math.max(length, this.address.length * 2));
      const to2 = this.address;
      for (let i2 = 0; i2 < length; i2++) to2[i2] = buf[start2 + i2];
      this.pos = p + 1;
      return length;
    } else {
      this.stringing = true;
      this.stringStart = this.pos;
      this.stringFrom = this.base + this.pos;
      this.stringParts = [];
      this.skipString();
      this.stringing = false;
      if (this.base + this.pos - this.stringFrom > this.maxValue) throw new ScanLimitError(this.stringFrom, this.maxValue);
      this.stringParts.push(buf.subarray(this.stringStart, this.pos));
      const all = this.stringParts.length === 1 ? this.stringParts[0] : Buffer.concat(this.stringParts);
      this.stringParts = [];
      raw = all.subarray(1, all.length - 1);
    }
    if (raw.length > this.address.length) this.address = new Uint8Array(Math.max(raw.length, this.address.length * 2));
    const to = this.address;
    for (let i2 = 0; i2 < raw.length; i2++) to[i2] = raw[i2];
    return raw.length;
  }
  /** The mode string at pos: "managed" and "data" without decoding. */
  readMode() {
    const buf = this.buf;
    const p = this.pos;
    if (buf[p + 1] === 109 && buf[p + 2] === 97 && buf[p + 3] === 110 && buf[p + 4] === 97 && buf[p + 5] === 103 && buf[p + 6] === 101 && buf[p + 7] === 100 && buf[p + 8] === QUOTE) {
      this.pos = p + 9;
      return "managed";
    }
    if (buf[p + 1] === 100 && buf[p + 2] === 97 && buf[p + 3] === 116 && buf[p + 4] === 97 && buf[p + 5] === QUOTE) {
      this.pos = p + 6;
      return "data";
    }
    return this.readCachedString();
  }
  /** A string at pos, from a cache keyed by its bytes: types and modes repeat, and need not be decoded again. */
  readCachedString() {
    const buf = this.buf;
    const start2 = this.pos + 1;
    let p = start2;
    let c;
    let hash = 2166136261;
    while ((c = buf[p]) >= 32 && c !== QUOTE && c !== BACKSLASH) {
      hash = Math.imul(hash ^ c, 16777619);
      p++;
    }
    if (c !== QUOTE) return this.readString();
    this.pos = p + 1;
    const bucket = this.strings.get(hash);
    if (bucket) {
      next: for (const [bytes, text2] of bucket) {
        if (bytes.length !== p - start2) continue;
        for (let i2 = 0; i2 < bytes.length; i2++) if (bytes[i2] !== buf[start2 + i2]) continue next;
        return text2;
      }
    }
    const text = decodeUtf8(buf.subarray(start2, p));
    if (this.cachedStrings < 1e4) {
      this.cachedStrings++;
      const entry = [Uint8Array.prototype.slice.call(buf, start2, p), text];
      if (bucket) bucket.push(entry);
      else this.strings.set(hash, [entry]);
    }
    return text;
  }
  /**
   * The model finds the instance keys of a module call among all instances
   * (config.ts, moduleInstanceKeys), so a module instance whose resources are
   * all skipped keeps one stand-in. Its key is the address up to the last
   * ".TYPE." (on the raw bytes); a key that cuts too late only adds a stub,
   * never merges two module paths. Resources of one module instance come
   * together, so the common case is a byte comparison with the last key.
   */
  stub(list, stubs, type, length, mode) {
    if (length === SAME_MODULE) return void 0;
    const bytes = this.address;
    if (!startsWithModule(bytes, 0, length)) return void 0;
    const last = stubs.last;
    if (last !== null && length > last.length + 1 && bytes[last.length] === 46 && !startsWithModule(bytes, last.length + 1, length)) {
      let same = true;
      for (let i2 = 0; i2 < last.length && same; i2++) same = bytes[i2] === last[i2];
      if (same) return void 0;
    }
    const raw = Buffer.from(bytes.buffer, bytes.byteOffset, length).toString("latin1");
    const cut = raw.lastIndexOf(mode === "data" ? `.data.${type}.` : `.${type}.`);
    const key2 = cut > 0 ? raw.slice(0, cut) : raw;
    stubs.last = bytes.slice(0, key2.length);
    if (stubs.keys.has(key2)) return void 0;
    stubs.keys.add(key2);
    const address = JSON.parse(`"${decodeUtf8(bytes.subarray(0, length))}"`);
    const stub = { address, type, name: "" };
    if (mode !== void 0) stub.mode = mode;
    if (list.changes) stub.change = { actions: [] };
    return stub;
  }
  rawStateResources() {
    let instances = false;
    this.walkArray(() => {
      if (this.buf[this.pos] !== OPEN_OBJECT) {
        this.skipValue();
        return;
      }
      let has = false;
      this.walkObject((key2) => {
        if (key2 === "instances") has = this.buf[this.pos] === OPEN_ARRAY;
        this.skipValue();
      });
      instances ||= has;
    });
    return instances ? [{ instances: [] }] : [];
  }
};
var CHUNK = 1 << 20;
function chunkOf(size) {
  return Math.max(MIN_WINDOW_SIZE, Math.floor(size ?? CHUNK));
}
function codePointAt(source, offset) {
  const bytes = new Uint8Array(4);
  const n = offset < source.size ? source.read(bytes, 0, Math.min(4, source.size - offset), offset) : 0;
  return n > 0 ? decodeUtf8(bytes.subarray(0, n)).codePointAt(0) : void 0;
}
function eachChunk(source, from, to, chunk, visit) {
  const size = chunkOf(chunk);
  const buf = new Uint8Array(Math.min(size, Math.max(1, to - from)));
  for (let at = from; at < to; ) {
    const n = source.read(buf, 0, Math.min(buf.length, to - at), at);
    if (n <= 0) return;
    if (visit(buf.subarray(0, n), at) === true) return;
    at += n;
  }
}
function readText(source, from, to) {
  const bytes = new Uint8Array(Math.max(0, to - from));
  let filled = 0;
  while (filled < bytes.length) {
    const n = source.read(bytes, filled, bytes.length - filled, from + filled);
    if (n <= 0) break;
    filled += n;
  }
  return decodeUtf8(bytes.subarray(0, filled));
}
function indexOfByte(source, byte, from, to, chunk) {
  let found = -1;
  eachChunk(source, from, to, chunk, (bytes, at) => {
    const i2 = bytes.indexOf(byte);
    if (i2 >= 0) found = at + i2;
    return i2 >= 0;
  });
  return found;
}
function isValidUtf8(source, from, to, chunk, check2 = new Utf8Check()) {
  eachChunk(source, from, to, chunk, (bytes) => check2.push(bytes, 0, bytes.length));
  return check2.finish(true);
}
function isBlank(source, from, to, chunk) {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let blank = true;
  eachChunk(source, from, to, chunk, (bytes) => {
    blank = !/\S/.test(decoder.decode(bytes, { stream: true }));
    return !blank;
  });
  return blank && !/\S/.test(decoder.decode());
}
function trimmedEnd(source, from, to, chunk) {
  const size = chunkOf(chunk);
  let end = to;
  while (end > from) {
    const start2 = Math.max(from, end - size);
    const bytes = new Uint8Array(end - start2);
    const n = source.read(bytes, 0, bytes.length, start2);
    if (n < bytes.length) return end;
    let skip = 0;
    if (start2 > from) while (skip < bytes.length && ((bytes[skip] ?? 0) & 192) === 128) skip++;
    if (skip === bytes.length) return end;
    const text = decodeUtf8(bytes.subarray(skip));
    const kept = text.trimEnd().length;
    if (kept > 0) return end - Buffer.byteLength(text.slice(kept));
    end = start2 + skip;
  }
  return from;
}
function lineAndColumn(source, textStart, offset, chunk) {
  let line = 1;
  let lineStart = textStart;
  eachChunk(source, textStart, offset, chunk, (bytes, at) => {
    for (let i2 = bytes.indexOf(NEWLINE); i2 !== -1; i2 = bytes.indexOf(NEWLINE, i2 + 1)) {
      line += 1;
      lineStart = at + i2 + 1;
    }
  });
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let column = 1;
  eachChunk(source, lineStart, offset, chunk, (bytes) => {
    column += decoder.decode(bytes, { stream: true }).length;
  });
  column += decoder.decode().length;
  return { line, column, lineStart };
}
function isWorkflowCommandLine(source, from, to, chunk) {
  const head = readText(source, from, Math.min(to, from + 4096));
  const start2 = workflowCommandStart(head, to - from <= 4096);
  if (start2 !== "undecided") return start2;
  const after = /^::[A-Za-z][\w-]*/.exec(head)?.[0].length ?? 0;
  let previous = 0;
  let found = false;
  eachChunk(source, from + after + 1, to, chunk, (bytes) => {
    if (previous === COLON && bytes[0] === COLON) found = true;
    for (let i2 = bytes.indexOf(COLON); !found && i2 !== -1 && i2 + 1 < bytes.length; i2 = bytes.indexOf(COLON, i2 + 1)) {
      if (bytes[i2 + 1] === COLON) found = true;
    }
    previous = bytes[bytes.length - 1] ?? 0;
    return found;
  });
  return found;
}
function summarizeLines(source, from, to, chunk) {
  let lastKeptEnd = -1;
  let workflowCommandsAfter = false;
  for (let at = from; ; ) {
    const newline = indexOfByte(source, NEWLINE, at, to, chunk);
    const lineEnd = newline < 0 ? to : newline;
    if (isWorkflowCommandLine(source, at, lineEnd, chunk)) {
      workflowCommandsAfter = true;
    } else if (!isBlank(source, at, lineEnd, chunk)) {
      lastKeptEnd = lineEnd;
      workflowCommandsAfter = false;
    }
    if (newline < 0) break;
    at = newline + 1;
  }
  return { lastKeptEnd, workflowCommandsAfter };
}

// src/plan/shape.ts
var MAX_MODULE_NESTING = 100;
function named(list, address) {
  const shown2 = JSON.stringify(address.length > 120 ? `${address.slice(0, 119)}\u2026` : address);
  return `the ${list} entry ${shown2}`;
}
function entryPlace(list, r, at) {
  if (typeof r.address === "string") return named(list, r.address);
  if (typeof r.type === "string" && typeof r.name === "string") return `the ${list} entry of type ${JSON.stringify(r.type)} named ${JSON.stringify(r.name)}`;
  return at;
}
function describeType(value) {
  if (value === void 0) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
var CONTROL = /[\u0000-\u001f\u007f]/;
var Shape = class {
  constructor(label) {
    this.label = label;
  }
  label;
  fail(place, problem) {
    throw new InputError(this.label, `is not valid Terraform plan or state output: ${place} ${problem}`);
  }
  object(value, place) {
    if (!isJsonObject(value)) this.fail(place, `is ${describeType(value)}, not an object`);
    return value;
  }
  optionalObject(value, place) {
    return value === void 0 ? void 0 : this.object(value, place);
  }
  /** An array, or nothing (absent or null). */
  optionalArray(value, place) {
    if (value === void 0 || value === null) return [];
    if (!Array.isArray(value)) this.fail(place, `is ${describeType(value)}, not an array`);
    return value;
  }
  string(value, place) {
    if (typeof value !== "string") this.fail(place, `is ${describeType(value)}, not a string`);
  }
  optionalString(value, place) {
    if (value !== void 0 && value !== null) this.string(value, place);
  }
  /** What every resource entry has: address, type and name strings, a mode and an index of the right types. */
  /**
   * A resource entry the model reads (see MODEL_RESOURCE_TYPES; an entry
   * without a string type may be one): null for the others, which the model
   * passes over and the large-plan reader never keeps.
   */
  resource(value, at, list = at.replace(/\[\d+\]$/, "")) {
    const r = this.object(value, at);
    if (typeof r.type === "string" && !MODEL_RESOURCE_TYPES.has(r.type)) return null;
    const place = entryPlace(list, r, at);
    for (const key2 of ["address", "type", "name"]) this.string(r[key2], `${place}.${key2}`);
    if (CONTROL.test(r.address)) this.fail(`${place}.address`, "holds a control character (a raw newline, tab or NUL), which no Terraform address does");
    if (r.mode !== void 0 && r.mode !== "managed" && r.mode !== "data") this.fail(`${place}.mode`, 'is neither "managed" nor "data"');
    const index = r.index;
    if (index !== void 0 && index !== null && typeof index !== "string" && typeof index !== "number") this.fail(`${place}.index`, `is ${describeType(index)}, not a string or a number`);
    return r;
  }
  change(rc, place) {
    const change = this.object(rc.change, `${place}.change`);
    const actions = change.actions;
    if (!Array.isArray(actions)) this.fail(`${place}.change.actions`, `is ${describeType(actions)}, not an array`);
    for (let i2 = 0; i2 < actions.length; i2++) this.string(actions[i2], `${place}.change.actions[${i2}]`);
  }
  /** A module tree of resources (planned_values, values, prior_state.values): walked without recursion. */
  moduleTree(root, place) {
    if (root === void 0 || root === null) return;
    const stack = [{ module: root, place, depth: 0 }];
    for (let next = stack.pop(); next !== void 0; next = stack.pop()) {
      const m = this.object(next.module, next.place);
      if (next.depth > MAX_MODULE_NESTING) this.fail(next.place, `nests modules more than ${MAX_MODULE_NESTING} deep`);
      const resources = this.optionalArray(m.resources, `${next.place}.resources`);
      for (let i2 = 0; i2 < resources.length; i2++) this.resource(resources[i2], `${next.place}.resources[${i2}]`);
      const children = this.optionalArray(m.child_modules, `${next.place}.child_modules`);
      for (let i2 = children.length - 1; i2 >= 0; i2--) stack.push({ module: children[i2], place: `${next.place}.child_modules[${i2}]`, depth: next.depth + 1 });
    }
  }
  /** An expression ({references, constant_value}) or a map of them (nested blocks are lists of maps); constant values are data, not walked. */
  expressions(value, place) {
    if (value === void 0 || value === null) return;
    const stack = [{ node: value, place, depth: 0 }];
    for (let next = stack.pop(); next !== void 0; next = stack.pop()) {
      const { node, depth } = next;
      if (depth > 64) this.fail(next.place, "nests blocks more than 64 deep");
      if (Array.isArray(node)) {
        for (let i2 = node.length - 1; i2 >= 0; i2--) stack.push({ node: node[i2], place: `${next.place}[${i2}]`, depth: depth + 1 });
        continue;
      }
      if (!isJsonObject(node)) continue;
      if ("references" in node) {
        const refs = this.optionalArray(node.references, `${next.place}.references`);
        for (let i2 = 0; i2 < refs.length; i2++) this.string(refs[i2], `${next.place}.references[${i2}]`);
      }
      for (const [key2, child] of Object.entries(node)) {
        if (key2 === "references" || key2 === "constant_value") continue;
        if (typeof child === "object" && child !== null) stack.push({ node: child, place: `${next.place}.${key2}`, depth: depth + 1 });
      }
    }
  }
  /** configuration.root_module and the modules it calls, without recursion. */
  configuration(root, place) {
    if (root === void 0 || root === null) return;
    const stack = [{ module: root, place, depth: 0 }];
    for (let next = stack.pop(); next !== void 0; next = stack.pop()) {
      const m = this.object(next.module, next.place);
      if (next.depth > MAX_MODULE_NESTING) this.fail(next.place, `nests module calls more than ${MAX_MODULE_NESTING} deep`);
      const resources = this.optionalArray(m.resources, `${next.place}.resources`);
      for (let i2 = 0; i2 < resources.length; i2++) {
        const at = `${next.place}.resources[${i2}]`;
        const r = this.object(resources[i2], at);
        for (const key2 of ["address", "type", "name"]) this.string(r[key2], `${at}.${key2}`);
        this.optionalObject(r.expressions, `${at}.expressions`);
        this.expressions(r.expressions, `${at}.expressions`);
        for (const key2 of ["count_expression", "for_each_expression"]) {
          this.optionalObject(r[key2], `${at}.${key2}`);
          this.expressions(r[key2], `${at}.${key2}`);
        }
      }
      for (const section of ["outputs", "variables"]) {
        const entries = this.optionalObject(m[section], `${next.place}.${section}`) ?? {};
        for (const [name2, entry] of Object.entries(entries)) {
          const e = this.object(entry, `${next.place}.${section}.${name2}`);
          if (section === "outputs") this.expressions(this.optionalObject(e.expression, `${next.place}.outputs.${name2}.expression`), `${next.place}.outputs.${name2}.expression`);
        }
      }
      const calls = this.optionalObject(m.module_calls, `${next.place}.module_calls`) ?? {};
      for (const [name2, value] of Object.entries(calls)) {
        const at = `${next.place}.module_calls.${name2}`;
        const call = this.object(value, at);
        this.optionalString(call.source, `${at}.source`);
        this.optionalObject(call.expressions, `${at}.expressions`);
        this.expressions(call.expressions, `${at}.expressions`);
        for (const key2 of ["count_expression", "for_each_expression"]) {
          this.optionalObject(call[key2], `${at}.${key2}`);
          this.expressions(call[key2], `${at}.${key2}`);
        }
        if (call.module !== void 0 && call.module !== null) stack.push({ module: call.module, place: `${at}.module`, depth: next.depth + 1 });
      }
    }
  }
};
function checkShape(plan, label) {
  const shape = new Shape(label);
  const changes = shape.optionalArray(plan.resource_changes, "resource_changes");
  for (let i2 = 0; i2 < changes.length; i2++) {
    const rc = shape.resource(changes[i2], `resource_changes[${i2}]`);
    if (rc) shape.change(rc, named("resource_changes", rc.address));
  }
  for (const section of ["planned_values", "values"]) {
    const values = plan[section];
    if (isJsonObject(values)) shape.moduleTree(values.root_module, `${section}.root_module`);
  }
  const prior = plan.prior_state;
  if (isJsonObject(prior)) {
    const values = shape.optionalObject(prior.values, "prior_state.values");
    if (values) shape.moduleTree(values.root_module, "prior_state.values.root_module");
  }
  const configuration = plan.configuration;
  if (isJsonObject(configuration)) shape.configuration(configuration.root_module, "configuration.root_module");
}

// src/plan/load.ts
var SHOW_JSON = "`terraform show -json PLANFILE > plan.json`";
var READS = `sg-guard reads the output of ${SHOW_JSON}`;
var SCAN_THRESHOLD = 16 * 1024 * 1024;
var UTF16_MAX_BYTES = 2 * bufferConstants2.MAX_STRING_LENGTH;
async function loadPlan(file, options = {}) {
  if (file === "-") return loadStream(options.stdin ?? stdinStream(), file, options);
  return loadFile(file, options);
}
function parsePlan(bytes, file, options = {}) {
  if (bytes.length > (options.scanAbove ?? SCAN_THRESHOLD)) return scanSource(memorySource(bytes), file, options);
  return parseWhole(bytes, file);
}
function parseWhole(bytes, file) {
  const label = labelOf(file);
  const notices = [];
  const text = decode(bytes, label, notices);
  const value = parseJsonText(text, label, notices);
  const plan = classify(value, label, notices);
  return { path: file, ...plan, notices };
}
function labelOf(file) {
  return file === "-" ? "stdin" : oneLine(file, 500);
}
async function loadFile(file, options) {
  const label = labelOf(file);
  const cannotRead = (err2) => err2 instanceof InputError ? err2 : new InputError(label, `cannot read file: ${readFailure(err2)}`);
  let handle2;
  try {
    handle2 = await open(file, "r");
  } catch (err2) {
    throw cannotRead(err2);
  }
  try {
    const stat3 = await handle2.stat().catch((err2) => Promise.reject(cannotRead(err2)));
    if (stat3.isDirectory()) throw new InputError(label, `cannot read file: ${READ_FAILURES.EISDIR}`);
    if (!stat3.isFile()) return await loadStream(handle2.createReadStream({ autoClose: false }), file, options);
    if (stat3.size > (options.scanAbove ?? SCAN_THRESHOLD)) return scanSource(fileSource(handle2.fd, stat3.size), file, options);
    const bytes = await handle2.readFile().catch((err2) => Promise.reject(cannotRead(err2)));
    return parsePlan(bytes, file, options);
  } finally {
    await handle2.close();
  }
}
function stdinStream() {
  if (process.stdin.isTTY) {
    throw new InputError("stdin", `is a terminal, not a plan: pipe the output of \`terraform show -json PLANFILE\` into it`);
  }
  return process.stdin;
}
async function loadStream(stream, file, options) {
  const label = labelOf(file);
  const threshold = options.scanAbove ?? SCAN_THRESHOLD;
  const chunks = [];
  let size = 0;
  let spill = null;
  try {
    try {
      for await (const chunk of stream) {
        const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
        size += bytes.length;
        if (spill) {
          await writeAll(spill.handle, bytes, label);
          continue;
        }
        chunks.push(bytes);
        if (size > threshold) {
          spill = await spillFile(label);
          for (const c of chunks.splice(0)) await writeAll(spill.handle, c, label);
        }
      }
    } catch (err2) {
      if (err2 instanceof InputError) throw err2;
      throw new InputError(label, `${file === "-" ? "cannot read" : "cannot read file"}: ${readFailure(err2)}`);
    }
    if (!spill) return parsePlan(Buffer.concat(chunks), file, options);
    return scanSource(fileSource(spill.handle.fd, size), file, options);
  } finally {
    if (spill) {
      await spill.handle.close();
      await rm(spill.dir, { recursive: true, force: true });
    }
  }
}
async function spillFile(label) {
  try {
    const dir = await mkdtemp(join(tmpdir(), "sg-guard-stdin-"));
    try {
      return { dir, handle: await open(join(dir, "input.json"), "w+", 384) };
    } catch (err2) {
      await rm(dir, { recursive: true, force: true });
      throw err2;
    }
  } catch (err2) {
    throw new InputError(label, `is too large to hold in memory and a temporary file could not be made: ${readFailure(err2)}`);
  }
}
async function writeAll(handle2, bytes, label) {
  try {
    for (let done = 0; done < bytes.length; ) done += (await handle2.write(bytes, done, bytes.length - done)).bytesWritten;
  } catch (err2) {
    throw new InputError(label, `is too large to hold in memory and could not be written to a temporary file: ${readFailure(err2)}`);
  }
}
var READ_FAILURES = {
  ENOENT: "no such file",
  EISDIR: "is a directory",
  ENOTDIR: "a part of the path is not a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "the path is too long",
  EMFILE: "too many open files",
  ENFILE: "too many open files",
  ENOSPC: "no space left on the device"
};
function readFailure(err2) {
  const code3 = err2?.code;
  if (typeof code3 === "string" && READ_FAILURES[code3] !== void 0) return READ_FAILURES[code3];
  return oneLine(err2 instanceof Error ? err2.message : String(err2), 200);
}
var ZIP_MAGIC = [80, 75, 3, 4];
function decode(bytes, label, notices) {
  if (startsWith(bytes, ZIP_MAGIC)) throw binaryPlan(label);
  if (isUtf16(bytes) && bytes.length > UTF16_MAX_BYTES) throw utf16TooLarge(label, bytes.length);
  const text = decodeText(bytes, notices);
  if (text.trim() === "") throw emptyInput(label);
  if (text.slice(0, 1024).includes("\0")) throw notText(label, bytes);
  return text;
}
function binaryPlan(label) {
  return new InputError(label, `is a binary plan file (saved by \`terraform plan -out\`), not JSON: run ${SHOW_JSON} and pass plan.json`);
}
function emptyInput(label) {
  return new InputError(label, `is empty: did \`terraform show -json\` fail? Check its error output and re-run ${SHOW_JSON}`);
}
function notText(label, head) {
  return new InputError(label, `is not text (it contains NUL bytes)${utf16Hint(head)}: ${READS}`);
}
function isUtf16(bytes) {
  return startsWith(bytes, [255, 254]) || startsWith(bytes, [254, 255]);
}
function utf16TooLarge(label, size) {
  const mb = (n) => `${Math.floor(n / 2 ** 20)} MB`;
  return new InputError(
    label,
    `is UTF-16 and too large to decode (${mb(size)}; sg-guard decodes UTF-16 up to ${mb(UTF16_MAX_BYTES)}, UTF-8 of any size): re-encode it as UTF-8, e.g. \`iconv -f UTF-16 -t UTF-8 plan.json > plan-utf8.json\`, or write UTF-8 in the first place (PowerShell: \`terraform show -json PLANFILE | Out-File -Encoding utf8 plan.json\`)`
  );
}
var UTF8_NOTICE = "is not valid UTF-8; invalid bytes were replaced with U+FFFD (was the file re-saved in another encoding?)";
function decodeText(bytes, notices) {
  if (startsWith(bytes, [255, 254])) return new TextDecoder("utf-16le").decode(evenLength(bytes));
  if (startsWith(bytes, [254, 255])) return new TextDecoder("utf-16be").decode(evenLength(bytes));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    notices.push(UTF8_NOTICE);
    return new TextDecoder("utf-8").decode(bytes);
  }
}
function evenLength(bytes) {
  return bytes.length % 2 === 0 ? bytes : bytes.subarray(0, bytes.length - 1);
}
function utf16Hint(bytes) {
  const [a, b] = [bytes[0], bytes[1]];
  if (a === void 0 || b === void 0) return "";
  return a !== 0 && b === 0 || a === 0 && b !== 0 ? "; it looks like UTF-16 without a byte-order mark, so re-save it as UTF-8" : "";
}
function startsWith(bytes, prefix2) {
  return prefix2.every((byte, i2) => bytes[i2] === byte);
}
function tryParse(text) {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
function parseJsonText(text, label, notices) {
  const direct = tryParse(text);
  if (direct.ok) return direct.value;
  const wrapped = stripWrapper(text);
  if (wrapped) {
    const again = tryParse(wrapped.body);
    if (again.ok) {
      notices.push(wrapperNotice(wrapped));
      return again.value;
    }
  }
  const body2 = wrapped?.body ?? text;
  if (wrapped && body2.trim() === "") throw onlyWrapperLines(label);
  rejectKnownNonJson(body2, label);
  throw syntaxError(text, wrapped, label);
}
function onlyWrapperLines(label) {
  return new InputError(
    label,
    "holds only setup-terraform wrapper lines and no plan JSON: did `terraform show -json` fail? Check the step log, and set `terraform_wrapper: false` on setup-terraform"
  );
}
var COMMAND_LINE = /^\[command\][^\n]*\n/;
function stripWrapper(text) {
  const head = COMMAND_LINE.exec(text);
  const prefixLength = head ? head[0].length : 0;
  const lines = text.slice(prefixLength).split("\n");
  let end = lines.length;
  let removedWorkflowCommands = false;
  for (; end > 0; end -= 1) {
    const line = lines[end - 1] ?? "";
    if (isWorkflowCommand(line)) removedWorkflowCommands = true;
    else if (line.trim() !== "") break;
  }
  if (!head && !removedWorkflowCommands) return null;
  return { body: lines.slice(0, end).join("\n"), prefixLength, removedCommand: head !== null, removedWorkflowCommands };
}
function wrapperNotice(w) {
  const removed = [w.removedCommand ? "a leading `[command]` line" : "", w.removedWorkflowCommands ? "trailing `::debug::`/workflow-command lines" : ""].filter(Boolean).join(" and ");
  return `was captured through the hashicorp/setup-terraform wrapper; sg-guard removed ${removed}. Set \`terraform_wrapper: false\` on setup-terraform to write clean JSON`;
}
var HUMAN_READABLE = [
  /(?:Terraform|OpenTofu) will perform the following actions/,
  /(?:Terraform|OpenTofu) used the selected providers/,
  /No changes\. (?:Your infrastructure matches|Infrastructure is up-to-date)/,
  /^Plan: \d+ to add/m,
  /^[ \t]*# \S+ (?:will be|must be|has been|has changed|is tainted)/m,
  /^\S+: Refreshing state\.\.\./m,
  /^# \S+:\r?$/m
  // `terraform show` of a state: "# aws_x.y:" above each resource
];
function rejectKnownNonJson(body2, label) {
  if (isUiLog(body2)) throw uiLogError(label);
  const first = body2.trimStart().charAt(0);
  if (first === "{" || first === "[") return;
  if (body2.includes("\x1B[") || HUMAN_READABLE.some((re) => re.test(body2))) {
    throw new InputError(label, `is the human-readable output of \`terraform plan\` or \`terraform show\`, not JSON: run ${SHOW_JSON} and pass plan.json`);
  }
  const error = /^(?:[│|] )?Error: (.+)$/m.exec(body2);
  if (error) {
    throw new InputError(label, `holds a Terraform error message instead of plan JSON ("Error: ${oneLine(error[1] ?? "", 120)}"): fix it, then re-run ${SHOW_JSON}`);
  }
  if (/^[ \t]*(?:resource|variable|provider|module|terraform|locals|data|output)\b[^\n{]*\{[ \t]*\r?$/m.test(body2)) {
    throw new InputError(label, `looks like Terraform configuration (HCL), not plan output: run \`terraform plan -out=PLANFILE\`, then ${SHOW_JSON}`);
  }
}
function isUiLog(body2) {
  const firstLine = body2.trimStart().split("\n", 1)[0] ?? "";
  const parsed = tryParse(firstLine);
  return parsed.ok && isUiMessage(parsed.value);
}
function isUiMessage(value) {
  return isJsonObject(value) && "@level" in value && "@message" in value;
}
function uiLogError(label) {
  return new InputError(
    label,
    `is the streaming log of \`terraform plan -json\`, not a plan: save the plan with \`terraform plan -out=PLANFILE\`, then run ${SHOW_JSON}`
  );
}
function syntaxError(text, wrapped, label) {
  const body2 = wrapped?.body ?? text;
  const problem = findJsonSyntaxError(body2);
  if (!problem) {
    return new InputError(label, `is not valid JSON: ${READS}`);
  }
  const { line, column } = lineColumn(text, problem.offset + (wrapped?.prefixLength ?? 0));
  return syntaxMessage(label, problem, `line ${line}, column ${column}`, wrapped !== null);
}
function syntaxMessage(label, problem, where2, wrapped) {
  if (wrapped) {
    return new InputError(
      label,
      `was captured through the hashicorp/setup-terraform wrapper and is not valid JSON even without the wrapper's lines (${problem.truncated ? "ends unexpectedly" : problem.description} at ${where2}): set \`terraform_wrapper: false\` on setup-terraform and re-run \`terraform show -json\``
    );
  }
  if (problem.truncated) {
    return new InputError(label, `ends unexpectedly at ${where2}: the file looks truncated; re-create it with ${SHOW_JSON}`);
  }
  return new InputError(label, `is not valid JSON: ${problem.description} at ${where2}; ${READS}`);
}
var UTF8_BOM = [239, 187, 191];
var HEAD_BYTES = 64 * 1024;
var PREFIX_BYTES = 4 * 1024 * 1024;
function scanSource(source, file, options = {}) {
  const label = labelOf(file);
  const notices = [];
  const chunk = options.windowSize;
  const head = readBytes(source, 0, Math.min(source.size, HEAD_BYTES));
  if (startsWith(head, ZIP_MAGIC)) throw binaryPlan(label);
  if (isUtf16(head)) {
    if (source.size > UTF16_MAX_BYTES) throw utf16TooLarge(label, source.size);
    return parseWhole(readBytes(source, 0, source.size), file);
  }
  const textStart = startsWith(head, UTF8_BOM) ? UTF8_BOM.length : 0;
  const headText = new TextDecoder("utf-8", { ignoreBOM: true }).decode(head.subarray(textStart));
  if (headText.slice(0, 1024).includes("\0")) throw notText(label, head);
  const commandEnd = headText.startsWith("[command]") ? indexOfByte(source, 10, textStart, source.size, chunk) : -1;
  const bodyStart = commandEnd >= 0 ? commandEnd + 1 : textStart;
  const scanOptions = {
    keepTypes: MODEL_RESOURCE_TYPES,
    priorStateTypes: PRIOR_STATE_TYPES,
    priorStateProjection,
    unreadAttributes: UNREAD_ATTRIBUTES,
    windowSize: chunk,
    ...options.maxValueBytes === void 0 ? {} : { maxValueBytes: options.maxValueBytes }
  };
  const attemptScan = (scan) => {
    try {
      return scan();
    } catch (err2) {
      if (err2 instanceof ScanError) return err2;
      if (err2 instanceof ScanLimitError) {
        const { line, column } = lineAndColumn(source, textStart, err2.offset, chunk);
        throw new InputError(label, `holds a value at line ${line}, column ${column} larger than sg-guard can read (${Math.floor(err2.limit / 2 ** 20)} MB in one value): ${READS}`);
      }
      throw err2;
    }
  };
  const first = attemptScan(() => scanJson(source, bodyStart, source.size, scanOptions));
  const utf8Valid = (scanned) => isValidUtf8(source, scanned.readEnd, source.size, chunk, scanned.utf8) && isValidUtf8(source, textStart, bodyStart, chunk);
  const done = (scanned, removedWorkflowCommands) => {
    if (!utf8Valid(scanned)) notices.push(UTF8_NOTICE);
    if (commandEnd >= 0 || removedWorkflowCommands) notices.push(wrapperNotice({ removedCommand: commandEnd >= 0, removedWorkflowCommands }));
    return { path: file, ...classify(scanned.value, label, notices), notices };
  };
  if (!(first instanceof ScanError) && first.trailer === null) return done(first, false);
  let lines;
  if (first instanceof ScanError) {
    const at = first.truncated ? source.size : first.offset;
    const { lineStart } = lineAndColumn(source, bodyStart, at, chunk);
    lines = summarizeLines(source, lineStart, source.size, chunk);
    if (lines.lastKeptEnd < 0) {
      const lastText = trimmedEnd(source, bodyStart, lineStart, chunk);
      lines.lastKeptEnd = lastText > bodyStart ? indexOfByte(source, 10, lastText, lineStart, chunk) : bodyStart;
    }
  } else {
    const newline = indexOfByte(source, 10, first.valueEnd, source.size, chunk);
    const valueLineEnd = newline < 0 ? source.size : newline;
    lines = newline < 0 ? { lastKeptEnd: -1, workflowCommandsAfter: false } : summarizeLines(source, newline + 1, source.size, chunk);
    if (lines.lastKeptEnd < 0) lines.lastKeptEnd = valueLineEnd;
  }
  const wrapped = commandEnd >= 0 || lines.workflowCommandsAfter;
  const trailerProblem = (at) => ({
    offset: at,
    truncated: false,
    description: `unexpected ${describeCodePoint(codePointAt(source, at))} after the end of the JSON value`
  });
  if (!wrapped) {
    if (first instanceof ScanError && isBlank(source, textStart, source.size, chunk)) throw emptyInput(label);
    rejectKnownNonJson(readText(source, textStart, Math.min(source.size, textStart + PREFIX_BYTES)), label);
    const problem2 = first instanceof ScanError ? first : trailerProblem(first.trailer ?? first.valueEnd);
    throw scannedSyntaxError(source, label, problem2, textStart, textStart, source.size, false, chunk);
  }
  const bodyEnd = lines.lastKeptEnd;
  if (isBlank(source, bodyStart, bodyEnd, chunk)) throw onlyWrapperLines(label);
  let result = first;
  if (first instanceof ScanError) {
    result = attemptScan(() => scanJson(source, bodyStart, bodyEnd, scanOptions));
  } else if (first.trailer !== null && first.trailer >= bodyEnd) {
    result = { ...first, trailer: null };
  }
  if (!(result instanceof ScanError) && result.trailer === null) return done(result, lines.workflowCommandsAfter);
  rejectKnownNonJson(readText(source, bodyStart, Math.min(bodyEnd, bodyStart + PREFIX_BYTES)), label);
  const problem = result instanceof ScanError ? result : trailerProblem(result.trailer ?? result.valueEnd);
  throw scannedSyntaxError(source, label, problem, textStart, bodyStart, bodyEnd, true, chunk);
}
function scannedSyntaxError(source, label, problem, textStart, start2, end, wrapped, chunk) {
  const lastText = trimmedEnd(source, start2, end, chunk);
  const truncated = problem.truncated || problem.offset >= lastText;
  const { line, column } = lineAndColumn(source, textStart, truncated ? lastText : problem.offset, chunk);
  return syntaxMessage(label, { truncated, description: problem.description }, `line ${line}, column ${column}`, wrapped);
}
function readBytes(source, from, to) {
  const bytes = Buffer.allocUnsafe(to - from);
  let filled = 0;
  while (filled < bytes.length) {
    const n = source.read(bytes, filled, bytes.length - filled, from + filled);
    if (n <= 0) break;
    filled += n;
  }
  return bytes.subarray(0, filled);
}
var PLAN_SECTIONS = ["planned_values", "resource_changes", "configuration", "prior_state"];
var EMPTY_STATE_KEYS = /* @__PURE__ */ new Set(["format_version", "terraform_version"]);
var SUPPORTED_MAJORS = /* @__PURE__ */ new Set(["0", "1"]);
var SECTION_TYPES = {
  planned_values: "object",
  resource_changes: "array",
  resource_drift: "array",
  configuration: "object",
  prior_state: "object",
  values: "object",
  variables: "object"
};
function classify(value, label, notices) {
  if (!isJsonObject(value)) throw notPlanOrState(label, `the top level is ${describeType2(value)}, not an object`);
  if (isRawState(value)) {
    throw new InputError(label, "is a raw state file; run `terraform show -json` to get the JSON sg-guard reads");
  }
  if (isUiMessage(value)) throw uiLogError(label);
  dropNullSections(value);
  const kind = kindOf(value);
  if (!kind) throw notPlanOrState(label, "no format_version / planned_values / resource_changes / values");
  checkSectionTypes(value, label);
  checkShape(value, label);
  return {
    kind,
    formatVersion: readFormatVersion(value, kind, label, notices),
    terraformVersion: typeof value.terraform_version === "string" ? value.terraform_version : null,
    json: value
  };
}
function notPlanOrState(label, why) {
  return new InputError(label, `is JSON but not Terraform plan or state output (${why}); ${READS}`);
}
function isRawState(obj) {
  if (typeof obj.version !== "number") return false;
  const resources = obj.resources;
  if (Array.isArray(resources)) {
    return typeof obj.lineage === "string" || resources.some((r) => isJsonObject(r) && Array.isArray(r.instances));
  }
  return Array.isArray(obj.modules) && typeof obj.lineage === "string";
}
function dropNullSections(obj) {
  for (const key2 of Object.keys(SECTION_TYPES)) {
    if (obj[key2] === null) delete obj[key2];
  }
}
function kindOf(obj) {
  const hasFormat = "format_version" in obj;
  const planSections = hasFormat ? PLAN_SECTIONS : ["planned_values", "resource_changes"];
  if (planSections.some((key2) => key2 in obj)) return "plan";
  const values = obj.values;
  if (isJsonObject(values) && (hasFormat || isJsonObject(values.root_module))) return "state";
  if (hasFormat && Object.keys(obj).every((key2) => EMPTY_STATE_KEYS.has(key2))) return "state";
  return null;
}
function checkSectionTypes(obj, label) {
  for (const [key2, want] of Object.entries(SECTION_TYPES)) {
    const got = obj[key2];
    if (got === void 0) continue;
    const ok = want === "array" ? Array.isArray(got) : isJsonObject(got);
    if (!ok) {
      throw new InputError(label, `is not valid Terraform plan or state output: "${key2}" should be an ${want} but is ${describeType2(got)}; ${READS}`);
    }
  }
}
function readFormatVersion(obj, kind, label, notices) {
  const raw = obj.format_version;
  if (typeof raw !== "string") {
    const what = raw === void 0 ? "has no format_version" : `has a format_version that is ${describeType2(raw)}, not a string`;
    notices.push(`${what}; reading it as ${kind} output anyway (was it produced by \`terraform show -json\`?)`);
    return null;
  }
  const major = /^(\d+)\.\d+/.exec(raw)?.[1];
  if (major === void 0) {
    throw new InputError(label, `unsupported format_version ${oneLine(raw, 40)}: it is no MAJOR.MINOR version such as 1.2; ${READS}`);
  }
  if (!SUPPORTED_MAJORS.has(major)) {
    throw new InputError(label, `unsupported format_version ${oneLine(raw, 40)} (sg-guard reads 0.x and 1.x from Terraform 0.12+ and OpenTofu)`);
  }
  return raw;
}
function describeType2(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
function oneLine(text, max) {
  const clean = text.replace(new RegExp("\\p{Cc}", "gu"), " ").trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}\u2026` : clean;
}

// src/source/load.ts
import { relative as relative2, resolve as resolve2, sep as sep3 } from "node:path";

// src/source/files.ts
import { readdir, readFile as readFile3 } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/source/hcl.ts
import { readFile as readFile2 } from "node:fs/promises";
import { createRequire } from "node:module";
import { setFlagsFromString } from "node:v8";

// node_modules/web-tree-sitter/web-tree-sitter.js
var __defProp2 = Object.defineProperty;
var __name = (target, value) => __defProp2(target, "name", { value, configurable: true });
var Edit = class {
  static {
    __name(this, "Edit");
  }
  /** The start position of the change. */
  startPosition;
  /** The end position of the change before the edit. */
  oldEndPosition;
  /** The end position of the change after the edit. */
  newEndPosition;
  /** The start index of the change. */
  startIndex;
  /** The end index of the change before the edit. */
  oldEndIndex;
  /** The end index of the change after the edit. */
  newEndIndex;
  constructor({
    startIndex,
    oldEndIndex,
    newEndIndex,
    startPosition,
    oldEndPosition,
    newEndPosition
  }) {
    this.startIndex = startIndex >>> 0;
    this.oldEndIndex = oldEndIndex >>> 0;
    this.newEndIndex = newEndIndex >>> 0;
    this.startPosition = startPosition;
    this.oldEndPosition = oldEndPosition;
    this.newEndPosition = newEndPosition;
  }
  /**
   * Edit a point and index to keep it in-sync with source code that has been edited.
   *
   * This function updates a single point's byte offset and row/column position
   * based on an edit operation. This is useful for editing points without
   * requiring a tree or node instance.
   */
  editPoint(point, index) {
    let newIndex = index;
    const newPoint = { ...point };
    if (index >= this.oldEndIndex) {
      newIndex = this.newEndIndex + (index - this.oldEndIndex);
      const originalRow = point.row;
      newPoint.row = this.newEndPosition.row + (point.row - this.oldEndPosition.row);
      newPoint.column = originalRow === this.oldEndPosition.row ? this.newEndPosition.column + (point.column - this.oldEndPosition.column) : point.column;
    } else if (index > this.startIndex) {
      newIndex = this.newEndIndex;
      newPoint.row = this.newEndPosition.row;
      newPoint.column = this.newEndPosition.column;
    }
    return { point: newPoint, index: newIndex };
  }
  /**
   * Edit a range to keep it in-sync with source code that has been edited.
   *
   * This function updates a range's start and end positions based on an edit
   * operation. This is useful for editing ranges without requiring a tree
   * or node instance.
   */
  editRange(range2) {
    const newRange = {
      startIndex: range2.startIndex,
      startPosition: { ...range2.startPosition },
      endIndex: range2.endIndex,
      endPosition: { ...range2.endPosition }
    };
    if (range2.endIndex >= this.oldEndIndex) {
      if (range2.endIndex !== Number.MAX_SAFE_INTEGER) {
        newRange.endIndex = this.newEndIndex + (range2.endIndex - this.oldEndIndex);
        newRange.endPosition = {
          row: this.newEndPosition.row + (range2.endPosition.row - this.oldEndPosition.row),
          column: range2.endPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range2.endPosition.column - this.oldEndPosition.column) : range2.endPosition.column
        };
        if (newRange.endIndex < this.newEndIndex) {
          newRange.endIndex = Number.MAX_SAFE_INTEGER;
          newRange.endPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
        }
      }
    } else if (range2.endIndex > this.startIndex) {
      newRange.endIndex = this.startIndex;
      newRange.endPosition = { ...this.startPosition };
    }
    if (range2.startIndex >= this.oldEndIndex) {
      newRange.startIndex = this.newEndIndex + (range2.startIndex - this.oldEndIndex);
      newRange.startPosition = {
        row: this.newEndPosition.row + (range2.startPosition.row - this.oldEndPosition.row),
        column: range2.startPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range2.startPosition.column - this.oldEndPosition.column) : range2.startPosition.column
      };
      if (newRange.startIndex < this.newEndIndex) {
        newRange.startIndex = Number.MAX_SAFE_INTEGER;
        newRange.startPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
      }
    } else if (range2.startIndex > this.startIndex) {
      newRange.startIndex = this.startIndex;
      newRange.startPosition = { ...this.startPosition };
    }
    return newRange;
  }
};
var SIZE_OF_SHORT = 2;
var SIZE_OF_INT = 4;
var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
var SIZE_OF_NODE = 5 * SIZE_OF_INT;
var SIZE_OF_POINT = 2 * SIZE_OF_INT;
var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
var ZERO_POINT = { row: 0, column: 0 };
var INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
__name(assertInternal, "assertInternal");
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
__name(isPoint, "isPoint");
function setModule(module2) {
  C = module2;
}
__name(setModule, "setModule");
var C;
function newFinalizer(handler) {
  try {
    return new FinalizationRegistry(handler);
  } catch (e) {
    console.error("Unsupported FinalizationRegistry:", e);
    return;
  }
}
__name(newFinalizer, "newFinalizer");
var finalizer = newFinalizer((address) => {
  C._ts_lookahead_iterator_delete(address);
});
var LookaheadIterator = class {
  static {
    __name(this, "LookaheadIterator");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  language;
  /** @internal */
  positioned = false;
  /** @internal */
  constructor(internal, address, language) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    finalizer?.register(this, address, this);
  }
  /**
   * Get the current symbol of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol:
   *
   * - Before the first iteration step
   * - After the iterator is exhausted
   * - After a {@link reset} or {@link resetState} call
   */
  get currentTypeId() {
    return this.positioned ? C._ts_lookahead_iterator_current_symbol(this[0]) : null;
  }
  /**
   * Get the current symbol name of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol.
   */
  get currentType() {
    const id = this.currentTypeId;
    if (id === null) return null;
    return this.language.types[id] ?? C.UTF8ToString(C._ts_language_symbol_name(this.language[0], id));
  }
  /** Delete the lookahead iterator, freeing its resources. */
  delete() {
    finalizer?.unregister(this);
    C._ts_lookahead_iterator_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Reset the lookahead iterator.
   *
   * This returns `true` if the language was set successfully and `false`
   * otherwise.
   */
  reset(language, stateId) {
    if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
      this.language = language;
      this.positioned = false;
      return true;
    }
    return false;
  }
  /**
   * Reset the lookahead iterator to another state.
   *
   * This returns `true` if the iterator was reset to the given state and
   * `false` otherwise.
   */
  resetState(stateId) {
    if (!C._ts_lookahead_iterator_reset_state(this[0], stateId)) return false;
    this.positioned = false;
    return true;
  }
  /**
   * Returns an iterator that iterates over the symbols of the lookahead iterator.
   *
   * The iterator will yield the current symbol name as a string for each step
   * until there are no more symbols to iterate over.
   */
  [Symbol.iterator]() {
    return {
      next: /* @__PURE__ */ __name(() => {
        this.positioned = Boolean(C._ts_lookahead_iterator_next(this[0]));
        const value = this.currentType;
        return value === null ? { done: true, value: "" } : { done: false, value };
      }, "next")
    };
  }
};
function getText(tree, startIndex, endIndex2, startPosition) {
  const length = endIndex2 - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex2) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex2) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
__name(getText, "getText");
var finalizer2 = newFinalizer((address) => {
  C._ts_tree_delete(address);
});
var Tree = class _Tree {
  static {
    __name(this, "Tree");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  textCallback;
  /** The language that was used to parse the syntax tree. */
  language;
  /** @internal */
  constructor(internal, address, language, textCallback) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    this.textCallback = textCallback;
    finalizer2?.register(this, address, this);
  }
  /** Create a shallow copy of the syntax tree. This is very fast. */
  copy() {
    const address = C._ts_tree_copy(this[0]);
    return new _Tree(INTERNAL, address, this.language, this.textCallback);
  }
  /** Delete the syntax tree, freeing its resources. */
  delete() {
    finalizer2?.unregister(this);
    C._ts_tree_delete(this[0]);
    this[0] = 0;
  }
  /** Get the root node of the syntax tree. */
  get rootNode() {
    C._ts_tree_root_node_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Get the root node of the syntax tree, but with its position shifted
   * forward by the given offset.
   */
  rootNodeWithOffset(offsetBytes, offsetExtent) {
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, offsetBytes, "i32");
    marshalPoint(address + SIZE_OF_INT, offsetExtent);
    C._ts_tree_root_node_with_offset_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Edit the syntax tree to keep it in sync with source code that has been
   * edited.
   *
   * You must describe the edit both in terms of byte offsets and in terms of
   * row/column coordinates.
   */
  edit(edit) {
    marshalEdit(edit);
    C._ts_tree_edit_wasm(this[0]);
  }
  /** Create a new {@link TreeCursor} starting from the root of the tree. */
  walk() {
    return this.rootNode.walk();
  }
  /**
   * Compare this old edited syntax tree to a new syntax tree representing
   * the same document, returning a sequence of ranges whose syntactic
   * structure has changed.
   *
   * For this to work correctly, this syntax tree must have been edited such
   * that its ranges match up to the new tree. Generally, you'll want to
   * call this method right after calling one of the [`Parser::parse`]
   * functions. Call it on the old tree that was passed to parse, and
   * pass the new tree that was returned from `parse`.
   */
  getChangedRanges(other2) {
    if (!(other2 instanceof _Tree)) {
      throw new TypeError("Argument must be a Tree");
    }
    C._ts_tree_get_changed_ranges_wasm(this[0], other2[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the included ranges that were used to parse the syntax tree. */
  getIncludedRanges() {
    C._ts_tree_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
};
var finalizer3 = newFinalizer((handles) => {
  marshalTreeCursor({ handles });
  C._ts_tree_cursor_delete_wasm(0);
});
var TreeCursor = class _TreeCursor {
  static {
    __name(this, "TreeCursor");
  }
  /** @internal */
  handles = [0, 0, 0, 0];
  // Internal handles for Wasm, shared with the finalizer.
  /** @internal */
  tree;
  /** @internal */
  constructor(internal, tree) {
    assertInternal(internal);
    this.tree = tree;
    unmarshalTreeCursor(this);
    finalizer3?.register(this, this.handles, this);
  }
  /** Creates a deep copy of the tree cursor. This allocates new memory. */
  copy() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_copy_wasm(this.tree[0]);
    return new _TreeCursor(INTERNAL, this.tree);
  }
  /** Delete the tree cursor, freeing its resources. */
  delete() {
    finalizer3?.unregister(this);
    marshalTreeCursor(this);
    C._ts_tree_cursor_delete_wasm(this.tree[0]);
    this.handles.fill(0);
  }
  /** Get the tree cursor's current {@link Node}. */
  get currentNode() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_current_node_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the numerical field id of this tree cursor's current node.
   *
   * See also {@link TreeCursor#currentFieldName}.
   */
  get currentFieldId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
  }
  /** Get the field name of this tree cursor's current node. */
  get currentFieldName() {
    return this.tree.language.fields[this.currentFieldId];
  }
  /**
   * Get the depth of the cursor's current node relative to the original
   * node that the cursor was constructed with.
   */
  get currentDepth() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
  }
  /**
   * Get the index of the cursor's current node out of all of the
   * descendants of the original node that the cursor was constructed with.
   */
  get currentDescendantIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
  }
  /** Get the type of the cursor's current node. */
  get nodeType() {
    return this.tree.language.types[this.nodeTypeId] || "ERROR";
  }
  /** Get the type id of the cursor's current node. */
  get nodeTypeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
  }
  /** Get the state id of the cursor's current node. */
  get nodeStateId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
  }
  /** Get the id of the cursor's current node. */
  get nodeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
  }
  /**
   * Check if the cursor's current node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get nodeIsNamed() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if the cursor's current node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get nodeIsMissing() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Get the string content of the cursor's current node. */
  get nodeText() {
    marshalTreeCursor(this);
    const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
    const endIndex2 = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    const startPosition = unmarshalPoint(TRANSFER_BUFFER);
    return getText(this.tree, startIndex, endIndex2, startPosition);
  }
  /** Get the start position of the cursor's current node. */
  get startPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the end position of the cursor's current node. */
  get endPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_end_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the start index of the cursor's current node. */
  get startIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
  }
  /** Get the end index of the cursor's current node. */
  get endIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
  }
  /**
   * Move this cursor to the first child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   */
  gotoFirstChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the last child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoFirstChild} because it needs to
   * iterate through all the children to compute the child's position.
   */
  gotoLastChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the parent of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no parent node (the cursor was already on the
   * root node).
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoParent() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the next sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no next sibling node.
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoNextSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the previous sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no previous sibling node.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoNextSibling} due to how node
   * positions are stored. In the worst case, this will need to iterate
   * through all the children up to the previous sibling node to recalculate
   * its position. Also note that the node the cursor was constructed with is
   * considered the root of the cursor, and the cursor cannot walk outside this node.
   */
  gotoPreviousSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move the cursor to the node that is the nth descendant of
   * the original node that the cursor was constructed with, where
   * zero represents the original node itself.
   */
  gotoDescendant(goalDescendantIndex) {
    marshalTreeCursor(this);
    C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
    unmarshalTreeCursor(this);
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForIndex(goalIndex) {
    marshalTreeCursor(this);
    C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
    const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given position.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForPosition(goalPosition) {
    marshalTreeCursor(this);
    marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
    const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Re-initialize this tree cursor to start at the original node that the
   * cursor was constructed with.
   */
  reset(node) {
    marshalNode(node);
    marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
    C._ts_tree_cursor_reset_wasm(node.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = node.tree;
  }
  /**
   * Re-initialize a tree cursor to the same position as another cursor.
   *
   * Unlike {@link TreeCursor#reset}, this will not lose parent
   * information and allows reusing already created cursors.
   */
  resetTo(cursor) {
    marshalTreeCursor(this, TRANSFER_BUFFER);
    marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
    C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = cursor.tree;
  }
};
var Node = class {
  static {
    __name(this, "Node");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  _children;
  /** @internal */
  _namedChildren;
  /** @internal */
  constructor(internal, {
    id,
    tree,
    startIndex,
    startPosition,
    other: other2
  }) {
    assertInternal(internal);
    this[0] = other2;
    this.id = id;
    this.tree = tree;
    this.startIndex = startIndex;
    this.startPosition = startPosition;
  }
  /**
   * The numeric id for this node that is unique.
   *
   * Within a given syntax tree, no two nodes have the same id. However:
   *
   * * If a new tree is created based on an older tree, and a node from the old tree is reused in
   *   the process, then that node will have the same id in both trees.
   *
   * * A node not marked as having changes does not guarantee it was reused.
   *
   * * If a node is marked as having changed in the old tree, it will not be reused.
   */
  id;
  /** The byte index where this node starts. */
  startIndex;
  /** The position where this node starts. */
  startPosition;
  /** The tree that this node belongs to. */
  tree;
  /** Get this node's type as a numerical id. */
  get typeId() {
    marshalNode(this);
    return C._ts_node_symbol_wasm(this.tree[0]);
  }
  /**
   * Get the node's type as a numerical id as it appears in the grammar,
   * ignoring aliases.
   */
  get grammarId() {
    marshalNode(this);
    return C._ts_node_grammar_symbol_wasm(this.tree[0]);
  }
  /** Get this node's type as a string. */
  get type() {
    return this.tree.language.types[this.typeId] || "ERROR";
  }
  /**
   * Get this node's symbol name as it appears in the grammar, ignoring
   * aliases as a string.
   */
  get grammarType() {
    return this.tree.language.types[this.grammarId] || "ERROR";
  }
  /**
   * Check if this node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get isNamed() {
    marshalNode(this);
    return C._ts_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *extra*.
   *
   * Extra nodes represent things like comments, which are not required
   * by the grammar, but can appear anywhere.
   */
  get isExtra() {
    marshalNode(this);
    return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error.
   *
   * Syntax errors represent parts of the code that could not be incorporated
   * into a valid syntax tree.
   */
  get isError() {
    marshalNode(this);
    return C._ts_node_is_error_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get isMissing() {
    marshalNode(this);
    return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Check if this node has been edited. */
  get hasChanges() {
    marshalNode(this);
    return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error or contains any syntax
   * errors anywhere within it.
   */
  get hasError() {
    marshalNode(this);
    return C._ts_node_has_error_wasm(this.tree[0]) === 1;
  }
  /** Get the byte index where this node ends. */
  get endIndex() {
    marshalNode(this);
    return C._ts_node_end_index_wasm(this.tree[0]);
  }
  /** Get the position where this node ends. */
  get endPosition() {
    marshalNode(this);
    C._ts_node_end_point_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the string content of this node. */
  get text() {
    return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
  }
  /** Get this node's parse state. */
  get parseState() {
    marshalNode(this);
    return C._ts_node_parse_state_wasm(this.tree[0]);
  }
  /** Get the parse state after this node. */
  get nextParseState() {
    marshalNode(this);
    return C._ts_node_next_parse_state_wasm(this.tree[0]);
  }
  /** Check if this node is equal to another node. */
  equals(other2) {
    return this.tree === other2.tree && this.id === other2.id;
  }
  /**
   * Get the node's child at the given index, where zero represents the first child.
   *
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#children} instead.
   */
  child(index) {
    marshalNode(this);
    C._ts_node_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's *named* child at the given index.
   *
   * See also {@link Node#isNamed}.
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#namedChildren} instead.
   */
  namedChild(index) {
    marshalNode(this);
    C._ts_node_named_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's child with the given numerical field id.
   *
   * See also {@link Node#childForFieldName}. You can
   * convert a field name to an id using {@link Language#fieldIdForName}.
   */
  childForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the first child with the given field name.
   *
   * If multiple children may have the same field name, access them using
   * {@link Node#childrenForFieldName}.
   */
  childForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1) return this.childForFieldId(fieldId);
    return null;
  }
  /** Get the field name of this node's child at the given index. */
  fieldNameForChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /** Get the field name of this node's named child at the given index. */
  fieldNameForNamedChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /**
   * Get an array of this node's children with a given field name.
   *
   * See also {@link Node#children}.
   */
  childrenForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
    return [];
  }
  /**
    * Get an array of this node's children with a given field id.
    *
    * See also {@link Node#childrenForFieldName}.
    */
  childrenForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the node's first child that contains or starts after the given byte offset. */
  firstChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's first named child that contains or starts after the given byte offset. */
  firstNamedChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's number of children. */
  get childCount() {
    marshalNode(this);
    return C._ts_node_child_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's number of *named* children.
   *
   * See also {@link Node#isNamed}.
   */
  get namedChildCount() {
    marshalNode(this);
    return C._ts_node_named_child_count_wasm(this.tree[0]);
  }
  /** Get this node's first child. */
  get firstChild() {
    return this.child(0);
  }
  /**
   * Get this node's first named child.
   *
   * See also {@link Node#isNamed}.
   */
  get firstNamedChild() {
    return this.namedChild(0);
  }
  /** Get this node's last child. */
  get lastChild() {
    return this.child(this.childCount - 1);
  }
  /**
   * Get this node's last named child.
   *
   * See also {@link Node#isNamed}.
   */
  get lastNamedChild() {
    return this.namedChild(this.namedChildCount - 1);
  }
  /**
   * Iterate over this node's children.
   *
   * If you're walking the tree recursively, you may want to use the
   * {@link TreeCursor} APIs directly instead.
   */
  get children() {
    if (!this._children) {
      marshalNode(this);
      C._ts_node_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._children = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._children[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._children;
  }
  /**
   * Iterate over this node's named children.
   *
   * See also {@link Node#children}.
   */
  get namedChildren() {
    if (!this._namedChildren) {
      marshalNode(this);
      C._ts_node_named_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._namedChildren = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._namedChildren[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._namedChildren;
  }
  /**
   * Get the descendants of this node that are the given type, or in the given types array.
   *
   * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
   *
   * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
   */
  descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
    if (!Array.isArray(types)) types = [types];
    const symbols = [];
    const typesBySymbol = this.tree.language.types;
    for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
      if (types.includes(typesBySymbol[i2])) {
        symbols.push(i2);
      }
    }
    if (types.includes("ERROR")) {
      symbols.push(65535);
    }
    const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
    for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
      C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
    }
    marshalNode(this);
    C._ts_node_descendants_of_type_wasm(
      this.tree[0],
      symbolsAddress,
      symbols.length,
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column
    );
    const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
    const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(descendantCount);
    if (descendantCount > 0) {
      let address = descendantAddress;
      for (let i2 = 0; i2 < descendantCount; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
    }
    C._free(descendantAddress);
    C._free(symbolsAddress);
    return result;
  }
  /** Get this node's next sibling. */
  get nextSibling() {
    marshalNode(this);
    C._ts_node_next_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's previous sibling. */
  get previousSibling() {
    marshalNode(this);
    C._ts_node_prev_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's next *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get nextNamedSibling() {
    marshalNode(this);
    C._ts_node_next_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's previous *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get previousNamedSibling() {
    marshalNode(this);
    C._ts_node_prev_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's number of descendants, including one for the node itself. */
  get descendantCount() {
    marshalNode(this);
    return C._ts_node_descendant_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's immediate parent.
   * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
   */
  get parent() {
    marshalNode(this);
    C._ts_node_parent_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the node that contains `descendant`.
   *
   * Note that this can return `descendant` itself.
   */
  childWithDescendant(descendant) {
    marshalNode(this);
    marshalNode(descendant, 1);
    C._ts_node_child_with_descendant_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given byte range. */
  descendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given byte range. */
  namedDescendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given point range. */
  descendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given point range. */
  namedDescendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Create a new {@link TreeCursor} starting from this node.
   *
   * Note that the given node is considered the root of the cursor,
   * and the cursor cannot walk outside this node.
   */
  walk() {
    marshalNode(this);
    C._ts_tree_cursor_new_wasm(this.tree[0]);
    return new TreeCursor(INTERNAL, this.tree);
  }
  /**
   * Edit this node to keep it in-sync with source code that has been edited.
   *
   * This function is only rarely needed. When you edit a syntax tree with
   * the {@link Tree#edit} method, all of the nodes that you retrieve from
   * the tree afterward will already reflect the edit. You only need to
   * use {@link Node#edit} when you have a specific {@link Node} instance that
   * you want to keep and continue to use after an edit.
   */
  edit(edit) {
    const { point, index } = edit.editPoint(this.startPosition, this.startIndex);
    this.startPosition = point;
    this.startIndex = index;
  }
  /** Get the S-expression representation of this node. */
  toString() {
    marshalNode(this);
    const address = C._ts_node_to_string_wasm(this.tree[0]);
    const result = C.AsciiToString(address);
    C._free(address);
    return result;
  }
};
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
__name(unmarshalCaptures, "unmarshalCaptures");
function marshalNode(node, index = 0) {
  let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
__name(marshalNode, "marshalNode");
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other2 = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index,
    startPosition: { row, column },
    other: other2
  });
  return result;
}
__name(unmarshalNode, "unmarshalNode");
function marshalTreeCursor({ handles }, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, handles[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, handles[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, handles[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, handles[3], "i32");
}
__name(marshalTreeCursor, "marshalTreeCursor");
function unmarshalTreeCursor({ handles }) {
  handles[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  handles[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  handles[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  handles[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
__name(unmarshalTreeCursor, "unmarshalTreeCursor");
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
__name(marshalPoint, "marshalPoint");
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
__name(unmarshalPoint, "unmarshalPoint");
function marshalRange(address, range2) {
  marshalPoint(address, range2.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range2.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range2.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range2.endIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalRange, "marshalRange");
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
__name(unmarshalRange, "unmarshalRange");
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalEdit, "marshalEdit");
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
__name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
var Language = class _Language {
  static {
    __name(this, "Language");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /**
   * A list of all node types in the language. The index of each type in this
   * array is its node type id.
   */
  types;
  /**
   * A list of all field names in the language. The index of each field name in
   * this array is its field id.
   */
  fields;
  /** @internal */
  constructor(internal, address) {
    assertInternal(internal);
    this[0] = address;
    this.types = new Array(C._ts_language_symbol_count(this[0]));
    for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
      if (C._ts_language_symbol_type(this[0], i2) < 2) {
        this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
      }
    }
    this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
    for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
      const fieldName = C._ts_language_field_name_for_id(this[0], i2);
      if (fieldName !== 0) {
        this.fields[i2] = C.UTF8ToString(fieldName);
      } else {
        this.fields[i2] = null;
      }
    }
  }
  /**
   * Gets the name of the language.
   */
  get name() {
    const ptr = C._ts_language_name(this[0]);
    if (ptr === 0) return null;
    return C.UTF8ToString(ptr);
  }
  /**
   * Gets the ABI version of the language.
   */
  get abiVersion() {
    return C._ts_language_abi_version(this[0]);
  }
  /**
  * Get the metadata for this language. This information is generated by the
  * CLI, and relies on the language author providing the correct metadata in
  * the language's `tree-sitter.json` file.
  */
  get metadata() {
    C._ts_language_metadata_wasm(this[0]);
    const length = C.getValue(TRANSFER_BUFFER, "i32");
    if (length === 0) return null;
    return unmarshalLanguageMetadata(TRANSFER_BUFFER + SIZE_OF_INT);
  }
  /**
   * Gets the number of fields in the language.
   */
  get fieldCount() {
    return this.fields.length - 1;
  }
  /**
   * Gets the number of states in the language.
   */
  get stateCount() {
    return C._ts_language_state_count(this[0]);
  }
  /**
   * Get the field id for a field name.
   */
  fieldIdForName(fieldName) {
    const result = this.fields.indexOf(fieldName);
    return result !== -1 ? result : null;
  }
  /**
   * Get the field name for a field id.
   */
  fieldNameForId(fieldId) {
    return this.fields[fieldId] ?? null;
  }
  /**
   * Get the node type id for a node type name.
   */
  idForNodeType(type, named3) {
    const typeLength = C.lengthBytesUTF8(type);
    const typeAddress = C._malloc(typeLength + 1);
    C.stringToUTF8(type, typeAddress, typeLength + 1);
    const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named3 ? 1 : 0);
    C._free(typeAddress);
    return result || null;
  }
  /**
   * Gets the number of node types in the language.
   */
  get nodeTypeCount() {
    return C._ts_language_symbol_count(this[0]);
  }
  /**
   * Get the node type name for a node type id.
   */
  nodeTypeForId(typeId) {
    const name2 = C._ts_language_symbol_name(this[0], typeId);
    return name2 ? C.UTF8ToString(name2) : null;
  }
  /**
   * Check if a node type is named.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
   */
  nodeTypeIsNamed(typeId) {
    return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Check if a node type is visible.
   */
  nodeTypeIsVisible(typeId) {
    return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Get the supertypes ids of this language.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
   */
  get supertypes() {
    C._ts_language_supertypes_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the subtype ids for a given supertype node id.
   */
  subtypes(supertype) {
    C._ts_language_subtypes_wasm(this[0], supertype);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the next state id for a given state id and node type id.
   */
  nextState(stateId, typeId) {
    return C._ts_language_next_state(this[0], stateId, typeId);
  }
  /**
   * Create a new lookahead iterator for this language and parse state.
   *
   * This returns `null` if state is invalid for this language.
   *
   * Iterating {@link LookaheadIterator} will yield valid symbols in the given
   * parse state. A newly created iterator is not positioned on a symbol, so
   * {@link LookaheadIterator#currentType} returns `null` until the first
   * iteration step.
   *
   * Lookahead iterators can be useful for generating suggestions and improving
   * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
   * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
   * lookahead iterator created on the previous non-extra leaf node may be
   * appropriate.
   */
  lookaheadIterator(stateId) {
    const address = C._ts_lookahead_iterator_new(this[0], stateId);
    if (address) return new LookaheadIterator(INTERNAL, address, this);
    return null;
  }
  /**
   * Load a language from a WebAssembly module.
   * The module can be provided as a path to a file, a `URL` to a file, or as a
   * buffer.
   */
  static async load(input) {
    let binary2;
    if (input instanceof Uint8Array) {
      binary2 = input;
    } else if (globalThis.process?.versions.node) {
      const fs2 = await import("fs/promises");
      binary2 = await fs2.readFile(input);
    } else {
      const response = await fetch(input);
      if (!response.ok) {
        const body2 = await response.text();
        throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
      }
      const retryResp = response.clone();
      try {
        binary2 = await WebAssembly.compileStreaming(response);
      } catch (reason) {
        console.error("wasm streaming compile failed:", reason);
        console.error("falling back to ArrayBuffer instantiation");
        binary2 = new Uint8Array(await retryResp.arrayBuffer());
      }
    }
    const mod = await C.loadWebAssemblyModule(binary2, { loadAsync: true });
    return _Language.loadFromWasmExports(mod, { sync: false });
  }
  static loadFromWasmExports(mod, { sync }) {
    const symbolNames = Object.keys(mod);
    const functionName = symbolNames.find((key2) => LANGUAGE_FUNCTION_REGEX.test(key2) && !key2.includes("external_scanner_"));
    if (!functionName) {
      console.log(`Couldn't find language function in Wasm file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
      throw new Error(`Language.${sync ? "loadSync" : "load"} failed: no language function found in Wasm file`);
    }
    const languageAddress = mod[functionName]();
    return new _Language(INTERNAL, languageAddress);
  }
  /**
   * Load a language synchronously from a pre-compiled WebAssembly module.
   * Use this when the host environment provides a `WebAssembly.Module` directly.
   */
  static loadSync(wasmModule) {
    const mod = C.loadWebAssemblyModule(wasmModule, { loadAsync: false });
    return _Language.loadFromWasmExports(mod, { sync: true });
  }
};
async function Module2(moduleArg = {}) {
  var moduleRtn;
  var Module = moduleArg;
  var ENVIRONMENT_IS_WEB = typeof window == "object";
  var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
  var ENVIRONMENT_IS_NODE = typeof process == "object" && process.versions?.node && process.type != "renderer";
  if (ENVIRONMENT_IS_NODE) {
    const { createRequire: createRequire2 } = await import("module");
    var require = createRequire2(import.meta.url);
  }
  Module.currentQueryProgressCallback = null;
  Module.currentProgressCallback = null;
  Module.currentLogCallback = null;
  Module.currentParseCallback = null;
  var arguments_ = [];
  var thisProgram = "./this.program";
  var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
    throw toThrow;
  }, "quit_");
  var _scriptName = import.meta.url;
  var scriptDirectory = "";
  function locateFile(path2) {
    if (Module["locateFile"]) {
      return Module["locateFile"](path2, scriptDirectory);
    }
    return scriptDirectory + path2;
  }
  __name(locateFile, "locateFile");
  var readAsync, readBinary;
  if (ENVIRONMENT_IS_NODE) {
    var fs = require("fs");
    if (_scriptName.startsWith("file:")) {
      scriptDirectory = require("path").dirname(require("url").fileURLToPath(_scriptName)) + "/";
    }
    readBinary = /* @__PURE__ */ __name((filename) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename);
      return ret;
    }, "readBinary");
    readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
      return ret;
    }, "readAsync");
    if (process.argv.length > 1) {
      thisProgram = process.argv[1].replace(/\\/g, "/");
    }
    arguments_ = process.argv.slice(2);
    quit_ = /* @__PURE__ */ __name((status, toThrow) => {
      process.exitCode = status;
      throw toThrow;
    }, "quit_");
  } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
    try {
      scriptDirectory = new URL(".", _scriptName).href;
    } catch {
    }
    {
      if (ENVIRONMENT_IS_WORKER) {
        readBinary = /* @__PURE__ */ __name((url) => {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", url, false);
          xhr.responseType = "arraybuffer";
          xhr.send(null);
          return new Uint8Array(
            /** @type{!ArrayBuffer} */
            xhr.response
          );
        }, "readBinary");
      }
      readAsync = /* @__PURE__ */ __name(async (url) => {
        if (isFileURI(url)) {
          return new Promise((resolve4, reject) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, true);
            xhr.responseType = "arraybuffer";
            xhr.onload = () => {
              if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                resolve4(xhr.response);
                return;
              }
              reject(xhr.status);
            };
            xhr.onerror = reject;
            xhr.send(null);
          });
        }
        var response = await fetch(url, {
          credentials: "same-origin"
        });
        if (response.ok) {
          return response.arrayBuffer();
        }
        throw new Error(response.status + " : " + response.url);
      }, "readAsync");
    }
  } else {
  }
  var out = console.log.bind(console);
  var err = console.error.bind(console);
  var dynamicLibraries = [];
  var wasmBinary;
  var ABORT = false;
  var EXITSTATUS;
  var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
  var readyPromiseResolve, readyPromiseReject;
  var wasmMemory;
  var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
  var HEAP64, HEAPU64;
  var HEAP_DATA_VIEW;
  var runtimeInitialized = false;
  function updateMemoryViews() {
    var b = wasmMemory.buffer;
    Module["HEAP8"] = HEAP8 = new Int8Array(b);
    Module["HEAP16"] = HEAP16 = new Int16Array(b);
    Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
    Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
    Module["HEAP32"] = HEAP32 = new Int32Array(b);
    Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
    Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
    Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
    Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
    Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
    Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
    LE_HEAP_UPDATE();
  }
  __name(updateMemoryViews, "updateMemoryViews");
  function initMemory() {
    if (Module["wasmMemory"]) {
      wasmMemory = Module["wasmMemory"];
    } else {
      var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
      wasmMemory = new WebAssembly.Memory({
        "initial": INITIAL_MEMORY / 65536,
        // In theory we should not need to emit the maximum if we want "unlimited"
        // or 4GB of memory, but VMs error on that atm, see
        // https://github.com/emscripten-core/emscripten/issues/14130
        // And in the pthreads case we definitely need to emit a maximum. So
        // always emit one.
        "maximum": 32768
      });
    }
    updateMemoryViews();
  }
  __name(initMemory, "initMemory");
  var __RELOC_FUNCS__ = [];
  function preRun() {
    if (Module["preRun"]) {
      if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
      while (Module["preRun"].length) {
        addOnPreRun(Module["preRun"].shift());
      }
    }
    callRuntimeCallbacks(onPreRuns);
  }
  __name(preRun, "preRun");
  function initRuntime() {
    runtimeInitialized = true;
    callRuntimeCallbacks(__RELOC_FUNCS__);
    wasmExports["__wasm_call_ctors"]();
    callRuntimeCallbacks(onPostCtors);
  }
  __name(initRuntime, "initRuntime");
  function preMain() {
  }
  __name(preMain, "preMain");
  function postRun() {
    if (Module["postRun"]) {
      if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
      while (Module["postRun"].length) {
        addOnPostRun(Module["postRun"].shift());
      }
    }
    callRuntimeCallbacks(onPostRuns);
  }
  __name(postRun, "postRun");
  function abort(what) {
    Module["onAbort"]?.(what);
    what = "Aborted(" + what + ")";
    err(what);
    ABORT = true;
    what += ". Build with -sASSERTIONS for more info.";
    var e = new WebAssembly.RuntimeError(what);
    readyPromiseReject?.(e);
    throw e;
  }
  __name(abort, "abort");
  var wasmBinaryFile;
  function findWasmBinary() {
    if (Module["locateFile"]) {
      return locateFile("web-tree-sitter.wasm");
    }
    return new URL("web-tree-sitter.wasm", import.meta.url).href;
  }
  __name(findWasmBinary, "findWasmBinary");
  function getBinarySync(file) {
    if (file == wasmBinaryFile && wasmBinary) {
      return new Uint8Array(wasmBinary);
    }
    if (readBinary) {
      return readBinary(file);
    }
    throw "both async and sync fetching of the wasm failed";
  }
  __name(getBinarySync, "getBinarySync");
  async function getWasmBinary(binaryFile) {
    if (!wasmBinary) {
      try {
        var response = await readAsync(binaryFile);
        return new Uint8Array(response);
      } catch {
      }
    }
    return getBinarySync(binaryFile);
  }
  __name(getWasmBinary, "getWasmBinary");
  async function instantiateArrayBuffer(binaryFile, imports) {
    try {
      var binary2 = await getWasmBinary(binaryFile);
      var instance2 = await WebAssembly.instantiate(binary2, imports);
      return instance2;
    } catch (reason) {
      err(`failed to asynchronously prepare wasm: ${reason}`);
      abort(reason);
    }
  }
  __name(instantiateArrayBuffer, "instantiateArrayBuffer");
  async function instantiateAsync(binary2, binaryFile, imports) {
    if (!binary2 && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
      try {
        var response = fetch(binaryFile, {
          credentials: "same-origin"
        });
        var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
        return instantiationResult;
      } catch (reason) {
        err(`wasm streaming compile failed: ${reason}`);
        err("falling back to ArrayBuffer instantiation");
      }
    }
    return instantiateArrayBuffer(binaryFile, imports);
  }
  __name(instantiateAsync, "instantiateAsync");
  function getWasmImports() {
    return {
      "env": wasmImports,
      "wasi_snapshot_preview1": wasmImports,
      "GOT.mem": new Proxy(wasmImports, GOTHandler),
      "GOT.func": new Proxy(wasmImports, GOTHandler)
    };
  }
  __name(getWasmImports, "getWasmImports");
  async function createWasm() {
    function receiveInstance(instance2, module2) {
      wasmExports = instance2.exports;
      wasmExports = relocateExports(wasmExports, 1024);
      var metadata2 = getDylinkMetadata(module2);
      if (metadata2.neededDynlibs) {
        dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
      }
      mergeLibSymbols(wasmExports, "main");
      LDSO.init();
      loadDylibs();
      __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
      assignWasmExports(wasmExports);
      return wasmExports;
    }
    __name(receiveInstance, "receiveInstance");
    function receiveInstantiationResult(result2) {
      return receiveInstance(result2["instance"], result2["module"]);
    }
    __name(receiveInstantiationResult, "receiveInstantiationResult");
    var info2 = getWasmImports();
    if (Module["instantiateWasm"]) {
      return new Promise((resolve4, reject) => {
        Module["instantiateWasm"](info2, (mod, inst) => {
          resolve4(receiveInstance(mod, inst));
        });
      });
    }
    wasmBinaryFile ??= findWasmBinary();
    var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
    var exports = receiveInstantiationResult(result);
    return exports;
  }
  __name(createWasm, "createWasm");
  class ExitStatus {
    static {
      __name(this, "ExitStatus");
    }
    name = "ExitStatus";
    constructor(status) {
      this.message = `Program terminated with exit(${status})`;
      this.status = status;
    }
  }
  var GOT = {};
  var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
  var GOTHandler = {
    get(obj, symName) {
      var rtn = GOT[symName];
      if (!rtn) {
        rtn = GOT[symName] = new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
      }
      if (!currentModuleWeakSymbols.has(symName)) {
        rtn.required = true;
      }
      return rtn;
    }
  };
  var LE_ATOMICS_NATIVE_BYTE_ORDER = [];
  var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
  var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
  var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
  var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
  var LE_HEAP_LOAD_I64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getBigInt64(byteOffset, true), "LE_HEAP_LOAD_I64");
  var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
  var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
  var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
  var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
  var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
  var LE_HEAP_STORE_I64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setBigInt64(byteOffset, value, true), "LE_HEAP_STORE_I64");
  var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
  var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
    while (callbacks.length > 0) {
      callbacks.shift()(Module);
    }
  }, "callRuntimeCallbacks");
  var onPostRuns = [];
  var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.push(cb), "addOnPostRun");
  var onPreRuns = [];
  var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.push(cb), "addOnPreRun");
  var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
  var findStringEnd = /* @__PURE__ */ __name((heapOrArray, idx, maxBytesToRead, ignoreNul) => {
    var maxIdx = idx + maxBytesToRead;
    if (ignoreNul) return maxIdx;
    while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
    return idx;
  }, "findStringEnd");
  var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
    var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
    if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
      return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
    }
    var str2 = "";
    while (idx < endPtr) {
      var u0 = heapOrArray[idx++];
      if (!(u0 & 128)) {
        str2 += String.fromCharCode(u0);
        continue;
      }
      var u1 = heapOrArray[idx++] & 63;
      if ((u0 & 224) == 192) {
        str2 += String.fromCharCode((u0 & 31) << 6 | u1);
        continue;
      }
      var u2 = heapOrArray[idx++] & 63;
      if ((u0 & 240) == 224) {
        u0 = (u0 & 15) << 12 | u1 << 6 | u2;
      } else {
        u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
      }
      if (u0 < 65536) {
        str2 += String.fromCharCode(u0);
      } else {
        var ch = u0 - 65536;
        str2 += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
      }
    }
    return str2;
  }, "UTF8ArrayToString");
  var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
    var offset = 0;
    var end = 0;
    function getU8() {
      return binary2[offset++];
    }
    __name(getU8, "getU8");
    function getLEB() {
      var ret = 0;
      var mul = 1;
      while (1) {
        var byte = binary2[offset++];
        ret += (byte & 127) * mul;
        mul *= 128;
        if (!(byte & 128)) break;
      }
      return ret;
    }
    __name(getLEB, "getLEB");
    function getString() {
      var len = getLEB();
      offset += len;
      return UTF8ArrayToString(binary2, offset - len, len);
    }
    __name(getString, "getString");
    function getStringList() {
      var count2 = getLEB();
      var rtn = [];
      while (count2--) rtn.push(getString());
      return rtn;
    }
    __name(getStringList, "getStringList");
    function failIf(condition, message) {
      if (condition) throw new Error(message);
    }
    __name(failIf, "failIf");
    if (binary2 instanceof WebAssembly.Module) {
      var dylinkSection = WebAssembly.Module.customSections(binary2, "dylink.0");
      failIf(dylinkSection.length === 0, "need dylink section");
      binary2 = new Uint8Array(dylinkSection[0]);
      end = binary2.length;
    } else {
      var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
      var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
      failIf(!magicNumberFound, "need to see wasm magic number");
      failIf(binary2[8] !== 0, "need the dylink section to be first");
      offset = 9;
      var section_size = getLEB();
      end = offset + section_size;
      var name2 = getString();
      failIf(name2 !== "dylink.0");
    }
    var customSection = {
      neededDynlibs: [],
      tlsExports: /* @__PURE__ */ new Set(),
      weakImports: /* @__PURE__ */ new Set(),
      runtimePaths: []
    };
    var WASM_DYLINK_MEM_INFO = 1;
    var WASM_DYLINK_NEEDED = 2;
    var WASM_DYLINK_EXPORT_INFO = 3;
    var WASM_DYLINK_IMPORT_INFO = 4;
    var WASM_DYLINK_RUNTIME_PATH = 5;
    var WASM_SYMBOL_TLS = 256;
    var WASM_SYMBOL_BINDING_MASK = 3;
    var WASM_SYMBOL_BINDING_WEAK = 1;
    while (offset < end) {
      var subsectionType = getU8();
      var subsectionSize = getLEB();
      if (subsectionType === WASM_DYLINK_MEM_INFO) {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
      } else if (subsectionType === WASM_DYLINK_NEEDED) {
        customSection.neededDynlibs = getStringList();
      } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var symname = getString();
          var flags2 = getLEB();
          if (flags2 & WASM_SYMBOL_TLS) {
            customSection.tlsExports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var modname = getString();
          var symname = getString();
          var flags2 = getLEB();
          if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
            customSection.weakImports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_RUNTIME_PATH) {
        customSection.runtimePaths = getStringList();
      } else {
        offset += subsectionSize;
      }
    }
    return customSection;
  }, "getDylinkMetadata");
  function getValue(ptr, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        return HEAP8[ptr];
      case "i8":
        return HEAP8[ptr];
      case "i16":
        return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
      case "i32":
        return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
      case "i64":
        return LE_HEAP_LOAD_I64((ptr >> 3) * 8);
      case "float":
        return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
      case "double":
        return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
      case "*":
        return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
      default:
        abort(`invalid type for getValue: ${type}`);
    }
  }
  __name(getValue, "getValue");
  var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
    var dso = {
      refcount: Infinity,
      name: name2,
      exports: syms,
      global: true
    };
    LDSO.loadedLibsByName[name2] = dso;
    if (handle2 != void 0) {
      LDSO.loadedLibsByHandle[handle2] = dso;
    }
    return dso;
  }, "newDSO");
  var LDSO = {
    loadedLibsByName: {},
    loadedLibsByHandle: {},
    init() {
      newDSO("__main__", 0, wasmImports);
    }
  };
  var ___heap_base = 82240;
  var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
  var getMemory = /* @__PURE__ */ __name((size) => {
    if (runtimeInitialized) {
      return _calloc(size, 1);
    }
    var ret = ___heap_base;
    var end = ret + alignMemory(size, 16);
    ___heap_base = end;
    GOT["__heap_base"].value = end;
    return ret;
  }, "getMemory");
  var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
  var uleb128EncodeWithLen = /* @__PURE__ */ __name((arr) => {
    const n = arr.length;
    return [n % 128 | 128, n >> 7, ...arr];
  }, "uleb128EncodeWithLen");
  var wasmTypeCodes = {
    "i": 127,
    // i32
    "p": 127,
    // i32
    "j": 126,
    // i64
    "f": 125,
    // f32
    "d": 124,
    // f64
    "e": 111
  };
  var generateTypePack = /* @__PURE__ */ __name((types) => uleb128EncodeWithLen(Array.from(types, (type) => {
    var code3 = wasmTypeCodes[type];
    return code3;
  })), "generateTypePack");
  var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
    var bytes = Uint8Array.of(
      0,
      97,
      115,
      109,
      // magic ("\0asm")
      1,
      0,
      0,
      0,
      // version: 1
      1,
      ...uleb128EncodeWithLen([
        1,
        // count: 1
        96,
        // param types
        ...generateTypePack(sig.slice(1)),
        // return types (for now only supporting [] if `void` and single [T] otherwise)
        ...generateTypePack(sig[0] === "v" ? "" : sig[0])
      ]),
      // The rest of the module is static
      2,
      7,
      // import section
      // (import "e" "f" (func 0 (type 0)))
      1,
      1,
      101,
      1,
      102,
      0,
      0,
      7,
      5,
      // export section
      // (export "f" (func 0 (type 0)))
      1,
      1,
      102,
      0,
      0
    );
    var module2 = new WebAssembly.Module(bytes);
    var instance2 = new WebAssembly.Instance(module2, {
      "e": {
        "f": func2
      }
    });
    var wrappedFunc = instance2.exports["f"];
    return wrappedFunc;
  }, "convertJsFunctionToWasm");
  var wasmTableMirror = [];
  var wasmTable = new WebAssembly.Table({
    "initial": 31,
    "element": "anyfunc"
  });
  var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
    var func2 = wasmTableMirror[funcPtr];
    if (!func2) {
      wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
    }
    return func2;
  }, "getWasmTableEntry");
  var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
    if (functionsInTableMap) {
      for (var i2 = offset; i2 < offset + count; i2++) {
        var item = getWasmTableEntry(i2);
        if (item) {
          functionsInTableMap.set(item, i2);
        }
      }
    }
  }, "updateTableMap");
  var functionsInTableMap;
  var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
    if (!functionsInTableMap) {
      functionsInTableMap = /* @__PURE__ */ new WeakMap();
      updateTableMap(0, wasmTable.length);
    }
    return functionsInTableMap.get(func2) || 0;
  }, "getFunctionAddress");
  var freeTableIndexes = [];
  var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
    if (freeTableIndexes.length) {
      return freeTableIndexes.pop();
    }
    return wasmTable["grow"](1);
  }, "getEmptyTableSlot");
  var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
    wasmTable.set(idx, func2);
    wasmTableMirror[idx] = wasmTable.get(idx);
  }, "setWasmTableEntry");
  var addFunction = /* @__PURE__ */ __name((func2, sig) => {
    var rtn = getFunctionAddress(func2);
    if (rtn) {
      return rtn;
    }
    var ret = getEmptyTableSlot();
    try {
      setWasmTableEntry(ret, func2);
    } catch (err2) {
      if (!(err2 instanceof TypeError)) {
        throw err2;
      }
      var wrapped = convertJsFunctionToWasm(func2, sig);
      setWasmTableEntry(ret, wrapped);
    }
    functionsInTableMap.set(func2, ret);
    return ret;
  }, "addFunction");
  var updateGOT = /* @__PURE__ */ __name((exports, replace) => {
    for (var symName in exports) {
      if (isInternalSym(symName)) {
        continue;
      }
      var value = exports[symName];
      GOT[symName] ||= new WebAssembly.Global({
        "value": "i32",
        "mutable": true
      });
      if (replace || GOT[symName].value == 0) {
        if (typeof value == "function") {
          GOT[symName].value = addFunction(value);
        } else if (typeof value == "number") {
          GOT[symName].value = value;
        } else {
          err(`unhandled export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "updateGOT");
  var relocateExports = /* @__PURE__ */ __name((exports, memoryBase2, replace) => {
    var relocated = {};
    for (var e in exports) {
      var value = exports[e];
      if (typeof value == "object") {
        value = value.value;
      }
      if (typeof value == "number") {
        value += memoryBase2;
      }
      relocated[e] = value;
    }
    updateGOT(relocated, replace);
    return relocated;
  }, "relocateExports");
  var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
    var existing = wasmImports[symName];
    if (!existing || existing.stub) {
      return false;
    }
    return true;
  }, "isSymbolDefined");
  var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = [], promising = false) => {
    var func2 = getWasmTableEntry(ptr);
    var rtn = func2(...args2);
    function convert(rtn2) {
      return rtn2;
    }
    __name(convert, "convert");
    return convert(rtn);
  }, "dynCall");
  var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
  var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
  var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
    var sp = stackSave();
    try {
      return dynCall(sig, ptr, args2);
    } catch (e) {
      stackRestore(sp);
      if (e !== e + 0) throw e;
      _setThrew(1, 0);
      if (sig[0] == "j") return 0n;
    }
  }, "createInvokeFunction");
  var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
    var sym;
    if (isSymbolDefined(symName)) {
      sym = wasmImports[symName];
    } else if (symName.startsWith("invoke_")) {
      sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
    }
    return {
      sym,
      name: symName
    };
  }, "resolveGlobalSymbol");
  var onPostCtors = [];
  var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.push(cb), "addOnPostCtor");
  var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "", "UTF8ToString");
  var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
    var metadata = getDylinkMetadata(binary);
    function loadModule() {
      var memAlign = Math.pow(2, metadata.memoryAlign);
      var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
      var tableBase = metadata.tableSize ? wasmTable.length : 0;
      if (handle) {
        HEAP8[handle + 8] = 1;
        LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
        LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
        LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
        LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
      }
      if (metadata.tableSize) {
        wasmTable.grow(metadata.tableSize);
      }
      var moduleExports;
      function resolveSymbol(sym) {
        var resolved = resolveGlobalSymbol(sym).sym;
        if (!resolved && localScope) {
          resolved = localScope[sym];
        }
        if (!resolved) {
          resolved = moduleExports[sym];
        }
        return resolved;
      }
      __name(resolveSymbol, "resolveSymbol");
      var proxyHandler = {
        get(stubs, prop) {
          switch (prop) {
            case "__memory_base":
              return memoryBase;
            case "__table_base":
              return tableBase;
          }
          if (prop in wasmImports && !wasmImports[prop].stub) {
            var res = wasmImports[prop];
            return res;
          }
          if (!(prop in stubs)) {
            var resolved;
            stubs[prop] = (...args2) => {
              resolved ||= resolveSymbol(prop);
              return resolved(...args2);
            };
          }
          return stubs[prop];
        }
      };
      var proxy = new Proxy({}, proxyHandler);
      currentModuleWeakSymbols = metadata.weakImports;
      var info = {
        "GOT.mem": new Proxy({}, GOTHandler),
        "GOT.func": new Proxy({}, GOTHandler),
        "env": proxy,
        "wasi_snapshot_preview1": proxy
      };
      function postInstantiation(module, instance) {
        updateTableMap(tableBase, metadata.tableSize);
        moduleExports = relocateExports(instance.exports, memoryBase);
        if (!flags.allowUndefined) {
          reportUndefinedSymbols();
        }
        function addEmAsm(addr, body) {
          var args = [];
          var arity = 0;
          for (; arity < 16; arity++) {
            if (body.indexOf("$" + arity) != -1) {
              args.push("$" + arity);
            } else {
              break;
            }
          }
          args = args.join(",");
          var func = `(${args}) => { ${body} };`;
          ASM_CONSTS[start] = eval(func);
        }
        __name(addEmAsm, "addEmAsm");
        if ("__start_em_asm" in moduleExports) {
          var start = moduleExports["__start_em_asm"];
          var stop = moduleExports["__stop_em_asm"];
          while (start < stop) {
            var jsString = UTF8ToString(start);
            addEmAsm(start, jsString);
            start = HEAPU8.indexOf(0, start) + 1;
          }
        }
        function addEmJs(name, cSig, body) {
          var jsArgs = [];
          cSig = cSig.slice(1, -1);
          if (cSig != "void") {
            cSig = cSig.split(",");
            for (var i in cSig) {
              var jsArg = cSig[i].split(" ").pop();
              jsArgs.push(jsArg.replace("*", ""));
            }
          }
          var func = `(${jsArgs}) => ${body};`;
          moduleExports[name] = eval(func);
        }
        __name(addEmJs, "addEmJs");
        for (var name in moduleExports) {
          if (name.startsWith("__em_js__")) {
            var start = moduleExports[name];
            var jsString = UTF8ToString(start);
            var parts = jsString.split("<::>");
            addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
            delete moduleExports[name];
          }
        }
        var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
        if (applyRelocs) {
          if (runtimeInitialized) {
            applyRelocs();
          } else {
            __RELOC_FUNCS__.push(applyRelocs);
          }
        }
        var init = moduleExports["__wasm_call_ctors"];
        if (init) {
          if (runtimeInitialized) {
            init();
          } else {
            addOnPostCtor(init);
          }
        }
        return moduleExports;
      }
      __name(postInstantiation, "postInstantiation");
      if (flags.loadAsync) {
        return (async () => {
          var instance2;
          if (binary instanceof WebAssembly.Module) {
            instance2 = new WebAssembly.Instance(binary, info);
          } else {
            ({ module: binary, instance: instance2 } = await WebAssembly.instantiate(binary, info));
          }
          return postInstantiation(binary, instance2);
        })();
      }
      var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
      var instance = new WebAssembly.Instance(module, info);
      return postInstantiation(module, instance);
    }
    __name(loadModule, "loadModule");
    flags = {
      ...flags,
      rpath: {
        parentLibPath: libName,
        paths: metadata.runtimePaths
      }
    };
    if (flags.loadAsync) {
      return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
    }
    metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
    return loadModule();
  }, "loadWebAssemblyModule");
  var mergeLibSymbols = /* @__PURE__ */ __name((exports, libName2) => {
    for (var [sym, exp] of Object.entries(exports)) {
      const setImport = /* @__PURE__ */ __name((target) => {
        if (!isSymbolDefined(target)) {
          wasmImports[target] = exp;
        }
      }, "setImport");
      setImport(sym);
      const main_alias = "__main_argc_argv";
      if (sym == "main") {
        setImport(main_alias);
      }
      if (sym == main_alias) {
        setImport("main");
      }
    }
  }, "mergeLibSymbols");
  var asyncLoad = /* @__PURE__ */ __name(async (url) => {
    var arrayBuffer = await readAsync(url);
    return new Uint8Array(arrayBuffer);
  }, "asyncLoad");
  function loadDynamicLibrary(libName2, flags2 = {
    global: true,
    nodelete: true
  }, localScope2, handle2) {
    var dso = LDSO.loadedLibsByName[libName2];
    if (dso) {
      if (!flags2.global) {
        if (localScope2) {
          Object.assign(localScope2, dso.exports);
        }
      } else if (!dso.global) {
        dso.global = true;
        mergeLibSymbols(dso.exports, libName2);
      }
      if (flags2.nodelete && dso.refcount !== Infinity) {
        dso.refcount = Infinity;
      }
      dso.refcount++;
      if (handle2) {
        LDSO.loadedLibsByHandle[handle2] = dso;
      }
      return flags2.loadAsync ? Promise.resolve(true) : true;
    }
    dso = newDSO(libName2, handle2, "loading");
    dso.refcount = flags2.nodelete ? Infinity : 1;
    dso.global = flags2.global;
    function loadLibData() {
      if (handle2) {
        var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
        var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
        if (data && dataSize) {
          var libData = HEAP8.slice(data, data + dataSize);
          return flags2.loadAsync ? Promise.resolve(libData) : libData;
        }
      }
      var libFile = locateFile(libName2);
      if (flags2.loadAsync) {
        return asyncLoad(libFile);
      }
      if (!readBinary) {
        throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
      }
      return readBinary(libFile);
    }
    __name(loadLibData, "loadLibData");
    function getExports() {
      if (flags2.loadAsync) {
        return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
      }
      return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
    }
    __name(getExports, "getExports");
    function moduleLoaded(exports) {
      if (dso.global) {
        mergeLibSymbols(exports, libName2);
      } else if (localScope2) {
        Object.assign(localScope2, exports);
      }
      dso.exports = exports;
    }
    __name(moduleLoaded, "moduleLoaded");
    if (flags2.loadAsync) {
      return getExports().then((exports) => {
        moduleLoaded(exports);
        return true;
      });
    }
    moduleLoaded(getExports());
    return true;
  }
  __name(loadDynamicLibrary, "loadDynamicLibrary");
  var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
    for (var [symName, entry] of Object.entries(GOT)) {
      if (entry.value == 0) {
        var value = resolveGlobalSymbol(symName, true).sym;
        if (!value && !entry.required) {
          continue;
        }
        if (typeof value == "function") {
          entry.value = addFunction(value, value.sig);
        } else if (typeof value == "number") {
          entry.value = value;
        } else {
          throw new Error(`bad export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "reportUndefinedSymbols");
  var runDependencies = 0;
  var dependenciesFulfilled = null;
  var removeRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies--;
    Module["monitorRunDependencies"]?.(runDependencies);
    if (runDependencies == 0) {
      if (dependenciesFulfilled) {
        var callback = dependenciesFulfilled;
        dependenciesFulfilled = null;
        callback();
      }
    }
  }, "removeRunDependency");
  var addRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies++;
    Module["monitorRunDependencies"]?.(runDependencies);
  }, "addRunDependency");
  var loadDylibs = /* @__PURE__ */ __name(async () => {
    if (!dynamicLibraries.length) {
      reportUndefinedSymbols();
      return;
    }
    addRunDependency("loadDylibs");
    for (var lib of dynamicLibraries) {
      await loadDynamicLibrary(lib, {
        loadAsync: true,
        global: true,
        nodelete: true,
        allowUndefined: true
      });
    }
    reportUndefinedSymbols();
    removeRunDependency("loadDylibs");
  }, "loadDylibs");
  var noExitRuntime = true;
  function setValue(ptr, value, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        HEAP8[ptr] = value;
        break;
      case "i8":
        HEAP8[ptr] = value;
        break;
      case "i16":
        LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
        break;
      case "i32":
        LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
        break;
      case "i64":
        LE_HEAP_STORE_I64((ptr >> 3) * 8, BigInt(value));
        break;
      case "float":
        LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
        break;
      case "double":
        LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
        break;
      case "*":
        LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
        break;
      default:
        abort(`invalid type for setValue: ${type}`);
    }
  }
  __name(setValue, "setValue");
  var ___memory_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1024);
  var ___stack_high = 82240;
  var ___stack_low = 16704;
  var ___stack_pointer = new WebAssembly.Global({
    "value": "i32",
    "mutable": true
  }, 82240);
  var ___table_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1);
  var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
  __abort_js.sig = "v";
  var getHeapMax = /* @__PURE__ */ __name(() => (
    // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
    // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
    // for any code that deals with heap sizes, which would require special
    // casing all heap size related code to treat 0 specially.
    2147483648
  ), "getHeapMax");
  var growMemory = /* @__PURE__ */ __name((size) => {
    var oldHeapSize = wasmMemory.buffer.byteLength;
    var pages = (size - oldHeapSize + 65535) / 65536 | 0;
    try {
      wasmMemory.grow(pages);
      updateMemoryViews();
      return 1;
    } catch (e) {
    }
  }, "growMemory");
  var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
    var oldSize = HEAPU8.length;
    requestedSize >>>= 0;
    var maxHeapSize = getHeapMax();
    if (requestedSize > maxHeapSize) {
      return false;
    }
    for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
      var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
      overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
      var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
      var replacement = growMemory(newSize);
      if (replacement) {
        return true;
      }
    }
    return false;
  }, "_emscripten_resize_heap");
  _emscripten_resize_heap.sig = "ip";
  var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
  _fd_close.sig = "ii";
  var INT53_MAX = 9007199254740992;
  var INT53_MIN = -9007199254740992;
  var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
  function _fd_seek(fd, offset, whence, newOffset) {
    offset = bigintToI53Checked(offset);
    return 70;
  }
  __name(_fd_seek, "_fd_seek");
  _fd_seek.sig = "iijip";
  var printCharBuffers = [null, [], []];
  var printChar = /* @__PURE__ */ __name((stream, curr) => {
    var buffer = printCharBuffers[stream];
    if (curr === 0 || curr === 10) {
      (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
      buffer.length = 0;
    } else {
      buffer.push(curr);
    }
  }, "printChar");
  var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
    var num = 0;
    for (var i2 = 0; i2 < iovcnt; i2++) {
      var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
      var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
      iov += 8;
      for (var j = 0; j < len; j++) {
        printChar(fd, HEAPU8[ptr + j]);
      }
      num += len;
    }
    LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
    return 0;
  }, "_fd_write");
  _fd_write.sig = "iippp";
  function _tree_sitter_log_callback(isLexMessage, messageAddress) {
    if (Module.currentLogCallback) {
      const message = UTF8ToString(messageAddress);
      Module.currentLogCallback(message, isLexMessage !== 0);
    }
  }
  __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
  function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
    const INPUT_BUFFER_SIZE = 10 * 1024;
    const string = Module.currentParseCallback(index, {
      row,
      column
    });
    if (typeof string === "string") {
      setValue(lengthAddress, string.length, "i32");
      stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
    } else {
      setValue(lengthAddress, 0, "i32");
    }
  }
  __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
  function _tree_sitter_progress_callback(currentOffset, hasError) {
    if (Module.currentProgressCallback) {
      return Module.currentProgressCallback({
        currentOffset,
        hasError
      });
    }
    return false;
  }
  __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
  function _tree_sitter_query_progress_callback(currentOffset) {
    if (Module.currentQueryProgressCallback) {
      return Module.currentQueryProgressCallback({
        currentOffset
      });
    }
    return false;
  }
  __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
  var runtimeKeepaliveCounter = 0;
  var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
  var _proc_exit = /* @__PURE__ */ __name((code3) => {
    EXITSTATUS = code3;
    if (!keepRuntimeAlive()) {
      Module["onExit"]?.(code3);
      ABORT = true;
    }
    quit_(code3, new ExitStatus(code3));
  }, "_proc_exit");
  _proc_exit.sig = "vi";
  var exitJS = /* @__PURE__ */ __name((status, implicit) => {
    EXITSTATUS = status;
    _proc_exit(status);
  }, "exitJS");
  var handleException = /* @__PURE__ */ __name((e) => {
    if (e instanceof ExitStatus || e == "unwind") {
      return EXITSTATUS;
    }
    quit_(1, e);
  }, "handleException");
  var lengthBytesUTF8 = /* @__PURE__ */ __name((str2) => {
    var len = 0;
    for (var i2 = 0; i2 < str2.length; ++i2) {
      var c = str2.charCodeAt(i2);
      if (c <= 127) {
        len++;
      } else if (c <= 2047) {
        len += 2;
      } else if (c >= 55296 && c <= 57343) {
        len += 4;
        ++i2;
      } else {
        len += 3;
      }
    }
    return len;
  }, "lengthBytesUTF8");
  var stringToUTF8Array = /* @__PURE__ */ __name((str2, heap, outIdx, maxBytesToWrite) => {
    if (!(maxBytesToWrite > 0)) return 0;
    var startIdx = outIdx;
    var endIdx = outIdx + maxBytesToWrite - 1;
    for (var i2 = 0; i2 < str2.length; ++i2) {
      var u = str2.codePointAt(i2);
      if (u <= 127) {
        if (outIdx >= endIdx) break;
        heap[outIdx++] = u;
      } else if (u <= 2047) {
        if (outIdx + 1 >= endIdx) break;
        heap[outIdx++] = 192 | u >> 6;
        heap[outIdx++] = 128 | u & 63;
      } else if (u <= 65535) {
        if (outIdx + 2 >= endIdx) break;
        heap[outIdx++] = 224 | u >> 12;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
      } else {
        if (outIdx + 3 >= endIdx) break;
        heap[outIdx++] = 240 | u >> 18;
        heap[outIdx++] = 128 | u >> 12 & 63;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
        i2++;
      }
    }
    heap[outIdx] = 0;
    return outIdx - startIdx;
  }, "stringToUTF8Array");
  var stringToUTF8 = /* @__PURE__ */ __name((str2, outPtr, maxBytesToWrite) => stringToUTF8Array(str2, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
  var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
  var stringToUTF8OnStack = /* @__PURE__ */ __name((str2) => {
    var size = lengthBytesUTF8(str2) + 1;
    var ret = stackAlloc(size);
    stringToUTF8(str2, ret, size);
    return ret;
  }, "stringToUTF8OnStack");
  var AsciiToString = /* @__PURE__ */ __name((ptr) => {
    var str2 = "";
    while (1) {
      var ch = HEAPU8[ptr++];
      if (!ch) return str2;
      str2 += String.fromCharCode(ch);
    }
  }, "AsciiToString");
  var stringToUTF16 = /* @__PURE__ */ __name((str2, outPtr, maxBytesToWrite) => {
    maxBytesToWrite ??= 2147483647;
    if (maxBytesToWrite < 2) return 0;
    maxBytesToWrite -= 2;
    var startPtr = outPtr;
    var numCharsToWrite = maxBytesToWrite < str2.length * 2 ? maxBytesToWrite / 2 : str2.length;
    for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
      var codeUnit = str2.charCodeAt(i2);
      LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
      outPtr += 2;
    }
    LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
    return outPtr - startPtr;
  }, "stringToUTF16");
  LE_ATOMICS_NATIVE_BYTE_ORDER = new Int8Array(new Int16Array([1]).buffer)[0] === 1 ? [
    /* little endian */
    ((x) => x),
    ((x) => x),
    void 0,
    ((x) => x)
  ] : [
    /* big endian */
    ((x) => x),
    ((x) => ((x & 65280) << 8 | (x & 255) << 24) >> 16),
    void 0,
    ((x) => x >> 24 & 255 | x >> 8 & 65280 | (x & 65280) << 8 | (x & 255) << 24)
  ];
  function LE_HEAP_UPDATE() {
    HEAPU16.unsigned = ((x) => x & 65535);
    HEAPU32.unsigned = ((x) => x >>> 0);
  }
  __name(LE_HEAP_UPDATE, "LE_HEAP_UPDATE");
  {
    initMemory();
    if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
    if (Module["print"]) out = Module["print"];
    if (Module["printErr"]) err = Module["printErr"];
    if (Module["dynamicLibraries"]) dynamicLibraries = Module["dynamicLibraries"];
    if (Module["wasmBinary"]) wasmBinary = Module["wasmBinary"];
    if (Module["arguments"]) arguments_ = Module["arguments"];
    if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].shift()();
      }
    }
  }
  Module["setValue"] = setValue;
  Module["getValue"] = getValue;
  Module["UTF8ToString"] = UTF8ToString;
  Module["stringToUTF8"] = stringToUTF8;
  Module["lengthBytesUTF8"] = lengthBytesUTF8;
  Module["AsciiToString"] = AsciiToString;
  Module["stringToUTF16"] = stringToUTF16;
  Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
  Module["LE_HEAP_STORE_I64"] = LE_HEAP_STORE_I64;
  var ASM_CONSTS = {};
  var _malloc, _calloc, _realloc, _free, _ts_range_edit, _memcmp, _ts_language_symbol_count, _ts_language_state_count, _ts_language_abi_version, _ts_language_name, _ts_language_field_count, _ts_language_next_state, _ts_language_symbol_name, _ts_language_symbol_for_name, _strncmp, _strlen, _ts_language_symbol_type, _ts_language_field_name_for_id, _ts_lookahead_iterator_new, _ts_lookahead_iterator_delete, _ts_lookahead_iterator_reset_state, _ts_lookahead_iterator_reset, _ts_lookahead_iterator_next, _ts_lookahead_iterator_current_symbol, _ts_point_edit, _ts_parser_delete, _ts_parser_reset, _ts_parser_set_language, _ts_parser_set_included_ranges, _ts_query_new, _ts_query_delete, _iswspace, _iswalnum, _ts_query_copy, _ts_query_pattern_count, _ts_query_capture_count, _ts_query_string_count, _ts_query_capture_name_for_id, _ts_query_capture_quantifier_for_id, _ts_query_string_value_for_id, _ts_query_predicates_for_pattern, _ts_query_start_byte_for_pattern, _ts_query_end_byte_for_pattern, _ts_query_is_pattern_rooted, _ts_query_is_pattern_non_local, _ts_query_is_pattern_guaranteed_at_step, _ts_query_disable_capture, _ts_query_disable_pattern, _ts_tree_copy, _ts_tree_delete, _ts_init, _ts_parser_new_wasm, _ts_parser_enable_logger_wasm, _ts_parser_parse_wasm, _ts_parser_included_ranges_wasm, _ts_language_type_is_named_wasm, _ts_language_type_is_visible_wasm, _ts_language_metadata_wasm, _ts_language_supertypes_wasm, _ts_language_subtypes_wasm, _ts_tree_root_node_wasm, _ts_tree_root_node_with_offset_wasm, _ts_tree_edit_wasm, _ts_tree_included_ranges_wasm, _ts_tree_get_changed_ranges_wasm, _ts_tree_cursor_new_wasm, _ts_tree_cursor_copy_wasm, _ts_tree_cursor_delete_wasm, _ts_tree_cursor_reset_wasm, _ts_tree_cursor_reset_to_wasm, _ts_tree_cursor_goto_first_child_wasm, _ts_tree_cursor_goto_last_child_wasm, _ts_tree_cursor_goto_first_child_for_index_wasm, _ts_tree_cursor_goto_first_child_for_position_wasm, _ts_tree_cursor_goto_next_sibling_wasm, _ts_tree_cursor_goto_previous_sibling_wasm, _ts_tree_cursor_goto_descendant_wasm, _ts_tree_cursor_goto_parent_wasm, _ts_tree_cursor_current_node_type_id_wasm, _ts_tree_cursor_current_node_state_id_wasm, _ts_tree_cursor_current_node_is_named_wasm, _ts_tree_cursor_current_node_is_missing_wasm, _ts_tree_cursor_current_node_id_wasm, _ts_tree_cursor_start_position_wasm, _ts_tree_cursor_end_position_wasm, _ts_tree_cursor_start_index_wasm, _ts_tree_cursor_end_index_wasm, _ts_tree_cursor_current_field_id_wasm, _ts_tree_cursor_current_depth_wasm, _ts_tree_cursor_current_descendant_index_wasm, _ts_tree_cursor_current_node_wasm, _ts_node_symbol_wasm, _ts_node_field_name_for_child_wasm, _ts_node_field_name_for_named_child_wasm, _ts_node_children_by_field_id_wasm, _ts_node_first_child_for_byte_wasm, _ts_node_first_named_child_for_byte_wasm, _ts_node_grammar_symbol_wasm, _ts_node_child_count_wasm, _ts_node_named_child_count_wasm, _ts_node_child_wasm, _ts_node_named_child_wasm, _ts_node_child_by_field_id_wasm, _ts_node_next_sibling_wasm, _ts_node_prev_sibling_wasm, _ts_node_next_named_sibling_wasm, _ts_node_prev_named_sibling_wasm, _ts_node_descendant_count_wasm, _ts_node_parent_wasm, _ts_node_child_with_descendant_wasm, _ts_node_descendant_for_index_wasm, _ts_node_named_descendant_for_index_wasm, _ts_node_descendant_for_position_wasm, _ts_node_named_descendant_for_position_wasm, _ts_node_start_point_wasm, _ts_node_end_point_wasm, _ts_node_start_index_wasm, _ts_node_end_index_wasm, _ts_node_to_string_wasm, _ts_node_children_wasm, _ts_node_named_children_wasm, _ts_node_descendants_of_type_wasm, _ts_node_is_named_wasm, _ts_node_has_changes_wasm, _ts_node_has_error_wasm, _ts_node_is_error_wasm, _ts_node_is_missing_wasm, _ts_node_is_extra_wasm, _ts_node_parse_state_wasm, _ts_node_next_parse_state_wasm, _ts_query_matches_wasm, _ts_query_captures_wasm, _memset, _memcpy, _memmove, _iswalpha, _iswblank, _iswdigit, _iswlower, _iswpunct, _iswupper, _iswxdigit, _memchr, _strcmp, _strncat, _strncpy, _towlower, _towupper, _setThrew, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, ___wasm_apply_data_relocs;
  function assignWasmExports(wasmExports2) {
    Module["_malloc"] = _malloc = wasmExports2["malloc"];
    Module["_calloc"] = _calloc = wasmExports2["calloc"];
    Module["_realloc"] = _realloc = wasmExports2["realloc"];
    Module["_free"] = _free = wasmExports2["free"];
    Module["_ts_range_edit"] = _ts_range_edit = wasmExports2["ts_range_edit"];
    Module["_memcmp"] = _memcmp = wasmExports2["memcmp"];
    Module["_ts_language_symbol_count"] = _ts_language_symbol_count = wasmExports2["ts_language_symbol_count"];
    Module["_ts_language_state_count"] = _ts_language_state_count = wasmExports2["ts_language_state_count"];
    Module["_ts_language_abi_version"] = _ts_language_abi_version = wasmExports2["ts_language_abi_version"];
    Module["_ts_language_name"] = _ts_language_name = wasmExports2["ts_language_name"];
    Module["_ts_language_field_count"] = _ts_language_field_count = wasmExports2["ts_language_field_count"];
    Module["_ts_language_next_state"] = _ts_language_next_state = wasmExports2["ts_language_next_state"];
    Module["_ts_language_symbol_name"] = _ts_language_symbol_name = wasmExports2["ts_language_symbol_name"];
    Module["_ts_language_symbol_for_name"] = _ts_language_symbol_for_name = wasmExports2["ts_language_symbol_for_name"];
    Module["_strncmp"] = _strncmp = wasmExports2["strncmp"];
    Module["_strlen"] = _strlen = wasmExports2["strlen"];
    Module["_ts_language_symbol_type"] = _ts_language_symbol_type = wasmExports2["ts_language_symbol_type"];
    Module["_ts_language_field_name_for_id"] = _ts_language_field_name_for_id = wasmExports2["ts_language_field_name_for_id"];
    Module["_ts_lookahead_iterator_new"] = _ts_lookahead_iterator_new = wasmExports2["ts_lookahead_iterator_new"];
    Module["_ts_lookahead_iterator_delete"] = _ts_lookahead_iterator_delete = wasmExports2["ts_lookahead_iterator_delete"];
    Module["_ts_lookahead_iterator_reset_state"] = _ts_lookahead_iterator_reset_state = wasmExports2["ts_lookahead_iterator_reset_state"];
    Module["_ts_lookahead_iterator_reset"] = _ts_lookahead_iterator_reset = wasmExports2["ts_lookahead_iterator_reset"];
    Module["_ts_lookahead_iterator_next"] = _ts_lookahead_iterator_next = wasmExports2["ts_lookahead_iterator_next"];
    Module["_ts_lookahead_iterator_current_symbol"] = _ts_lookahead_iterator_current_symbol = wasmExports2["ts_lookahead_iterator_current_symbol"];
    Module["_ts_point_edit"] = _ts_point_edit = wasmExports2["ts_point_edit"];
    Module["_ts_parser_delete"] = _ts_parser_delete = wasmExports2["ts_parser_delete"];
    Module["_ts_parser_reset"] = _ts_parser_reset = wasmExports2["ts_parser_reset"];
    Module["_ts_parser_set_language"] = _ts_parser_set_language = wasmExports2["ts_parser_set_language"];
    Module["_ts_parser_set_included_ranges"] = _ts_parser_set_included_ranges = wasmExports2["ts_parser_set_included_ranges"];
    Module["_ts_query_new"] = _ts_query_new = wasmExports2["ts_query_new"];
    Module["_ts_query_delete"] = _ts_query_delete = wasmExports2["ts_query_delete"];
    Module["_iswspace"] = _iswspace = wasmExports2["iswspace"];
    Module["_iswalnum"] = _iswalnum = wasmExports2["iswalnum"];
    Module["_ts_query_copy"] = _ts_query_copy = wasmExports2["ts_query_copy"];
    Module["_ts_query_pattern_count"] = _ts_query_pattern_count = wasmExports2["ts_query_pattern_count"];
    Module["_ts_query_capture_count"] = _ts_query_capture_count = wasmExports2["ts_query_capture_count"];
    Module["_ts_query_string_count"] = _ts_query_string_count = wasmExports2["ts_query_string_count"];
    Module["_ts_query_capture_name_for_id"] = _ts_query_capture_name_for_id = wasmExports2["ts_query_capture_name_for_id"];
    Module["_ts_query_capture_quantifier_for_id"] = _ts_query_capture_quantifier_for_id = wasmExports2["ts_query_capture_quantifier_for_id"];
    Module["_ts_query_string_value_for_id"] = _ts_query_string_value_for_id = wasmExports2["ts_query_string_value_for_id"];
    Module["_ts_query_predicates_for_pattern"] = _ts_query_predicates_for_pattern = wasmExports2["ts_query_predicates_for_pattern"];
    Module["_ts_query_start_byte_for_pattern"] = _ts_query_start_byte_for_pattern = wasmExports2["ts_query_start_byte_for_pattern"];
    Module["_ts_query_end_byte_for_pattern"] = _ts_query_end_byte_for_pattern = wasmExports2["ts_query_end_byte_for_pattern"];
    Module["_ts_query_is_pattern_rooted"] = _ts_query_is_pattern_rooted = wasmExports2["ts_query_is_pattern_rooted"];
    Module["_ts_query_is_pattern_non_local"] = _ts_query_is_pattern_non_local = wasmExports2["ts_query_is_pattern_non_local"];
    Module["_ts_query_is_pattern_guaranteed_at_step"] = _ts_query_is_pattern_guaranteed_at_step = wasmExports2["ts_query_is_pattern_guaranteed_at_step"];
    Module["_ts_query_disable_capture"] = _ts_query_disable_capture = wasmExports2["ts_query_disable_capture"];
    Module["_ts_query_disable_pattern"] = _ts_query_disable_pattern = wasmExports2["ts_query_disable_pattern"];
    Module["_ts_tree_copy"] = _ts_tree_copy = wasmExports2["ts_tree_copy"];
    Module["_ts_tree_delete"] = _ts_tree_delete = wasmExports2["ts_tree_delete"];
    Module["_ts_init"] = _ts_init = wasmExports2["ts_init"];
    Module["_ts_parser_new_wasm"] = _ts_parser_new_wasm = wasmExports2["ts_parser_new_wasm"];
    Module["_ts_parser_enable_logger_wasm"] = _ts_parser_enable_logger_wasm = wasmExports2["ts_parser_enable_logger_wasm"];
    Module["_ts_parser_parse_wasm"] = _ts_parser_parse_wasm = wasmExports2["ts_parser_parse_wasm"];
    Module["_ts_parser_included_ranges_wasm"] = _ts_parser_included_ranges_wasm = wasmExports2["ts_parser_included_ranges_wasm"];
    Module["_ts_language_type_is_named_wasm"] = _ts_language_type_is_named_wasm = wasmExports2["ts_language_type_is_named_wasm"];
    Module["_ts_language_type_is_visible_wasm"] = _ts_language_type_is_visible_wasm = wasmExports2["ts_language_type_is_visible_wasm"];
    Module["_ts_language_metadata_wasm"] = _ts_language_metadata_wasm = wasmExports2["ts_language_metadata_wasm"];
    Module["_ts_language_supertypes_wasm"] = _ts_language_supertypes_wasm = wasmExports2["ts_language_supertypes_wasm"];
    Module["_ts_language_subtypes_wasm"] = _ts_language_subtypes_wasm = wasmExports2["ts_language_subtypes_wasm"];
    Module["_ts_tree_root_node_wasm"] = _ts_tree_root_node_wasm = wasmExports2["ts_tree_root_node_wasm"];
    Module["_ts_tree_root_node_with_offset_wasm"] = _ts_tree_root_node_with_offset_wasm = wasmExports2["ts_tree_root_node_with_offset_wasm"];
    Module["_ts_tree_edit_wasm"] = _ts_tree_edit_wasm = wasmExports2["ts_tree_edit_wasm"];
    Module["_ts_tree_included_ranges_wasm"] = _ts_tree_included_ranges_wasm = wasmExports2["ts_tree_included_ranges_wasm"];
    Module["_ts_tree_get_changed_ranges_wasm"] = _ts_tree_get_changed_ranges_wasm = wasmExports2["ts_tree_get_changed_ranges_wasm"];
    Module["_ts_tree_cursor_new_wasm"] = _ts_tree_cursor_new_wasm = wasmExports2["ts_tree_cursor_new_wasm"];
    Module["_ts_tree_cursor_copy_wasm"] = _ts_tree_cursor_copy_wasm = wasmExports2["ts_tree_cursor_copy_wasm"];
    Module["_ts_tree_cursor_delete_wasm"] = _ts_tree_cursor_delete_wasm = wasmExports2["ts_tree_cursor_delete_wasm"];
    Module["_ts_tree_cursor_reset_wasm"] = _ts_tree_cursor_reset_wasm = wasmExports2["ts_tree_cursor_reset_wasm"];
    Module["_ts_tree_cursor_reset_to_wasm"] = _ts_tree_cursor_reset_to_wasm = wasmExports2["ts_tree_cursor_reset_to_wasm"];
    Module["_ts_tree_cursor_goto_first_child_wasm"] = _ts_tree_cursor_goto_first_child_wasm = wasmExports2["ts_tree_cursor_goto_first_child_wasm"];
    Module["_ts_tree_cursor_goto_last_child_wasm"] = _ts_tree_cursor_goto_last_child_wasm = wasmExports2["ts_tree_cursor_goto_last_child_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = _ts_tree_cursor_goto_first_child_for_index_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_index_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = _ts_tree_cursor_goto_first_child_for_position_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_position_wasm"];
    Module["_ts_tree_cursor_goto_next_sibling_wasm"] = _ts_tree_cursor_goto_next_sibling_wasm = wasmExports2["ts_tree_cursor_goto_next_sibling_wasm"];
    Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = _ts_tree_cursor_goto_previous_sibling_wasm = wasmExports2["ts_tree_cursor_goto_previous_sibling_wasm"];
    Module["_ts_tree_cursor_goto_descendant_wasm"] = _ts_tree_cursor_goto_descendant_wasm = wasmExports2["ts_tree_cursor_goto_descendant_wasm"];
    Module["_ts_tree_cursor_goto_parent_wasm"] = _ts_tree_cursor_goto_parent_wasm = wasmExports2["ts_tree_cursor_goto_parent_wasm"];
    Module["_ts_tree_cursor_current_node_type_id_wasm"] = _ts_tree_cursor_current_node_type_id_wasm = wasmExports2["ts_tree_cursor_current_node_type_id_wasm"];
    Module["_ts_tree_cursor_current_node_state_id_wasm"] = _ts_tree_cursor_current_node_state_id_wasm = wasmExports2["ts_tree_cursor_current_node_state_id_wasm"];
    Module["_ts_tree_cursor_current_node_is_named_wasm"] = _ts_tree_cursor_current_node_is_named_wasm = wasmExports2["ts_tree_cursor_current_node_is_named_wasm"];
    Module["_ts_tree_cursor_current_node_is_missing_wasm"] = _ts_tree_cursor_current_node_is_missing_wasm = wasmExports2["ts_tree_cursor_current_node_is_missing_wasm"];
    Module["_ts_tree_cursor_current_node_id_wasm"] = _ts_tree_cursor_current_node_id_wasm = wasmExports2["ts_tree_cursor_current_node_id_wasm"];
    Module["_ts_tree_cursor_start_position_wasm"] = _ts_tree_cursor_start_position_wasm = wasmExports2["ts_tree_cursor_start_position_wasm"];
    Module["_ts_tree_cursor_end_position_wasm"] = _ts_tree_cursor_end_position_wasm = wasmExports2["ts_tree_cursor_end_position_wasm"];
    Module["_ts_tree_cursor_start_index_wasm"] = _ts_tree_cursor_start_index_wasm = wasmExports2["ts_tree_cursor_start_index_wasm"];
    Module["_ts_tree_cursor_end_index_wasm"] = _ts_tree_cursor_end_index_wasm = wasmExports2["ts_tree_cursor_end_index_wasm"];
    Module["_ts_tree_cursor_current_field_id_wasm"] = _ts_tree_cursor_current_field_id_wasm = wasmExports2["ts_tree_cursor_current_field_id_wasm"];
    Module["_ts_tree_cursor_current_depth_wasm"] = _ts_tree_cursor_current_depth_wasm = wasmExports2["ts_tree_cursor_current_depth_wasm"];
    Module["_ts_tree_cursor_current_descendant_index_wasm"] = _ts_tree_cursor_current_descendant_index_wasm = wasmExports2["ts_tree_cursor_current_descendant_index_wasm"];
    Module["_ts_tree_cursor_current_node_wasm"] = _ts_tree_cursor_current_node_wasm = wasmExports2["ts_tree_cursor_current_node_wasm"];
    Module["_ts_node_symbol_wasm"] = _ts_node_symbol_wasm = wasmExports2["ts_node_symbol_wasm"];
    Module["_ts_node_field_name_for_child_wasm"] = _ts_node_field_name_for_child_wasm = wasmExports2["ts_node_field_name_for_child_wasm"];
    Module["_ts_node_field_name_for_named_child_wasm"] = _ts_node_field_name_for_named_child_wasm = wasmExports2["ts_node_field_name_for_named_child_wasm"];
    Module["_ts_node_children_by_field_id_wasm"] = _ts_node_children_by_field_id_wasm = wasmExports2["ts_node_children_by_field_id_wasm"];
    Module["_ts_node_first_child_for_byte_wasm"] = _ts_node_first_child_for_byte_wasm = wasmExports2["ts_node_first_child_for_byte_wasm"];
    Module["_ts_node_first_named_child_for_byte_wasm"] = _ts_node_first_named_child_for_byte_wasm = wasmExports2["ts_node_first_named_child_for_byte_wasm"];
    Module["_ts_node_grammar_symbol_wasm"] = _ts_node_grammar_symbol_wasm = wasmExports2["ts_node_grammar_symbol_wasm"];
    Module["_ts_node_child_count_wasm"] = _ts_node_child_count_wasm = wasmExports2["ts_node_child_count_wasm"];
    Module["_ts_node_named_child_count_wasm"] = _ts_node_named_child_count_wasm = wasmExports2["ts_node_named_child_count_wasm"];
    Module["_ts_node_child_wasm"] = _ts_node_child_wasm = wasmExports2["ts_node_child_wasm"];
    Module["_ts_node_named_child_wasm"] = _ts_node_named_child_wasm = wasmExports2["ts_node_named_child_wasm"];
    Module["_ts_node_child_by_field_id_wasm"] = _ts_node_child_by_field_id_wasm = wasmExports2["ts_node_child_by_field_id_wasm"];
    Module["_ts_node_next_sibling_wasm"] = _ts_node_next_sibling_wasm = wasmExports2["ts_node_next_sibling_wasm"];
    Module["_ts_node_prev_sibling_wasm"] = _ts_node_prev_sibling_wasm = wasmExports2["ts_node_prev_sibling_wasm"];
    Module["_ts_node_next_named_sibling_wasm"] = _ts_node_next_named_sibling_wasm = wasmExports2["ts_node_next_named_sibling_wasm"];
    Module["_ts_node_prev_named_sibling_wasm"] = _ts_node_prev_named_sibling_wasm = wasmExports2["ts_node_prev_named_sibling_wasm"];
    Module["_ts_node_descendant_count_wasm"] = _ts_node_descendant_count_wasm = wasmExports2["ts_node_descendant_count_wasm"];
    Module["_ts_node_parent_wasm"] = _ts_node_parent_wasm = wasmExports2["ts_node_parent_wasm"];
    Module["_ts_node_child_with_descendant_wasm"] = _ts_node_child_with_descendant_wasm = wasmExports2["ts_node_child_with_descendant_wasm"];
    Module["_ts_node_descendant_for_index_wasm"] = _ts_node_descendant_for_index_wasm = wasmExports2["ts_node_descendant_for_index_wasm"];
    Module["_ts_node_named_descendant_for_index_wasm"] = _ts_node_named_descendant_for_index_wasm = wasmExports2["ts_node_named_descendant_for_index_wasm"];
    Module["_ts_node_descendant_for_position_wasm"] = _ts_node_descendant_for_position_wasm = wasmExports2["ts_node_descendant_for_position_wasm"];
    Module["_ts_node_named_descendant_for_position_wasm"] = _ts_node_named_descendant_for_position_wasm = wasmExports2["ts_node_named_descendant_for_position_wasm"];
    Module["_ts_node_start_point_wasm"] = _ts_node_start_point_wasm = wasmExports2["ts_node_start_point_wasm"];
    Module["_ts_node_end_point_wasm"] = _ts_node_end_point_wasm = wasmExports2["ts_node_end_point_wasm"];
    Module["_ts_node_start_index_wasm"] = _ts_node_start_index_wasm = wasmExports2["ts_node_start_index_wasm"];
    Module["_ts_node_end_index_wasm"] = _ts_node_end_index_wasm = wasmExports2["ts_node_end_index_wasm"];
    Module["_ts_node_to_string_wasm"] = _ts_node_to_string_wasm = wasmExports2["ts_node_to_string_wasm"];
    Module["_ts_node_children_wasm"] = _ts_node_children_wasm = wasmExports2["ts_node_children_wasm"];
    Module["_ts_node_named_children_wasm"] = _ts_node_named_children_wasm = wasmExports2["ts_node_named_children_wasm"];
    Module["_ts_node_descendants_of_type_wasm"] = _ts_node_descendants_of_type_wasm = wasmExports2["ts_node_descendants_of_type_wasm"];
    Module["_ts_node_is_named_wasm"] = _ts_node_is_named_wasm = wasmExports2["ts_node_is_named_wasm"];
    Module["_ts_node_has_changes_wasm"] = _ts_node_has_changes_wasm = wasmExports2["ts_node_has_changes_wasm"];
    Module["_ts_node_has_error_wasm"] = _ts_node_has_error_wasm = wasmExports2["ts_node_has_error_wasm"];
    Module["_ts_node_is_error_wasm"] = _ts_node_is_error_wasm = wasmExports2["ts_node_is_error_wasm"];
    Module["_ts_node_is_missing_wasm"] = _ts_node_is_missing_wasm = wasmExports2["ts_node_is_missing_wasm"];
    Module["_ts_node_is_extra_wasm"] = _ts_node_is_extra_wasm = wasmExports2["ts_node_is_extra_wasm"];
    Module["_ts_node_parse_state_wasm"] = _ts_node_parse_state_wasm = wasmExports2["ts_node_parse_state_wasm"];
    Module["_ts_node_next_parse_state_wasm"] = _ts_node_next_parse_state_wasm = wasmExports2["ts_node_next_parse_state_wasm"];
    Module["_ts_query_matches_wasm"] = _ts_query_matches_wasm = wasmExports2["ts_query_matches_wasm"];
    Module["_ts_query_captures_wasm"] = _ts_query_captures_wasm = wasmExports2["ts_query_captures_wasm"];
    Module["_memset"] = _memset = wasmExports2["memset"];
    Module["_memcpy"] = _memcpy = wasmExports2["memcpy"];
    Module["_memmove"] = _memmove = wasmExports2["memmove"];
    Module["_iswalpha"] = _iswalpha = wasmExports2["iswalpha"];
    Module["_iswblank"] = _iswblank = wasmExports2["iswblank"];
    Module["_iswdigit"] = _iswdigit = wasmExports2["iswdigit"];
    Module["_iswlower"] = _iswlower = wasmExports2["iswlower"];
    Module["_iswpunct"] = _iswpunct = wasmExports2["iswpunct"];
    Module["_iswupper"] = _iswupper = wasmExports2["iswupper"];
    Module["_iswxdigit"] = _iswxdigit = wasmExports2["iswxdigit"];
    Module["_memchr"] = _memchr = wasmExports2["memchr"];
    Module["_strcmp"] = _strcmp = wasmExports2["strcmp"];
    Module["_strncat"] = _strncat = wasmExports2["strncat"];
    Module["_strncpy"] = _strncpy = wasmExports2["strncpy"];
    Module["_towlower"] = _towlower = wasmExports2["towlower"];
    Module["_towupper"] = _towupper = wasmExports2["towupper"];
    _setThrew = wasmExports2["setThrew"];
    __emscripten_stack_restore = wasmExports2["_emscripten_stack_restore"];
    __emscripten_stack_alloc = wasmExports2["_emscripten_stack_alloc"];
    _emscripten_stack_get_current = wasmExports2["emscripten_stack_get_current"];
    ___wasm_apply_data_relocs = wasmExports2["__wasm_apply_data_relocs"];
  }
  __name(assignWasmExports, "assignWasmExports");
  var wasmImports = {
    /** @export */
    __heap_base: ___heap_base,
    /** @export */
    __indirect_function_table: wasmTable,
    /** @export */
    __memory_base: ___memory_base,
    /** @export */
    __stack_high: ___stack_high,
    /** @export */
    __stack_low: ___stack_low,
    /** @export */
    __stack_pointer: ___stack_pointer,
    /** @export */
    __table_base: ___table_base,
    /** @export */
    _abort_js: __abort_js,
    /** @export */
    emscripten_resize_heap: _emscripten_resize_heap,
    /** @export */
    fd_close: _fd_close,
    /** @export */
    fd_seek: _fd_seek,
    /** @export */
    fd_write: _fd_write,
    /** @export */
    memory: wasmMemory,
    /** @export */
    tree_sitter_log_callback: _tree_sitter_log_callback,
    /** @export */
    tree_sitter_parse_callback: _tree_sitter_parse_callback,
    /** @export */
    tree_sitter_progress_callback: _tree_sitter_progress_callback,
    /** @export */
    tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
  };
  function callMain(args2 = []) {
    var entryFunction = resolveGlobalSymbol("main").sym;
    if (!entryFunction) return;
    args2.unshift(thisProgram);
    var argc = args2.length;
    var argv = stackAlloc((argc + 1) * 4);
    var argv_ptr = argv;
    args2.forEach((arg) => {
      LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
      argv_ptr += 4;
    });
    LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
    try {
      var ret = entryFunction(argc, argv);
      exitJS(
        ret,
        /* implicit = */
        true
      );
      return ret;
    } catch (e) {
      return handleException(e);
    }
  }
  __name(callMain, "callMain");
  function run(args2 = arguments_) {
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    preRun();
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    function doRun() {
      Module["calledRun"] = true;
      if (ABORT) return;
      initRuntime();
      preMain();
      readyPromiseResolve?.(Module);
      Module["onRuntimeInitialized"]?.();
      var noInitialRun = Module["noInitialRun"] || false;
      if (!noInitialRun) callMain(args2);
      postRun();
    }
    __name(doRun, "doRun");
    if (Module["setStatus"]) {
      Module["setStatus"]("Running...");
      setTimeout(() => {
        setTimeout(() => Module["setStatus"](""), 1);
        doRun();
      }, 1);
    } else {
      doRun();
    }
  }
  __name(run, "run");
  var wasmExports;
  wasmExports = await createWasm();
  run();
  if (runtimeInitialized) {
    moduleRtn = Module;
  } else {
    moduleRtn = new Promise((resolve4, reject) => {
      readyPromiseResolve = resolve4;
      readyPromiseReject = reject;
    });
  }
  return moduleRtn;
}
__name(Module2, "Module");
var web_tree_sitter_default = Module2;
var Module3 = null;
async function initializeBinding(moduleOptions) {
  return Module3 ??= await web_tree_sitter_default(moduleOptions);
}
__name(initializeBinding, "initializeBinding");
function checkModule() {
  return !!Module3;
}
__name(checkModule, "checkModule");
var TRANSFER_BUFFER;
var LANGUAGE_VERSION;
var MIN_COMPATIBLE_VERSION;
var finalizer4 = newFinalizer((addresses) => {
  C._ts_parser_delete(addresses[0]);
  C._free(addresses[1]);
});
var Parser = class {
  static {
    __name(this, "Parser");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  [1] = 0;
  // Internal handle for Wasm
  /** @internal */
  logCallback = null;
  /** The parser's current language. */
  language = null;
  /**
   * This must always be called before creating a Parser.
   *
   * You can optionally pass in options to configure the Wasm module, the most common
   * one being `locateFile` to help the module find the `.wasm` file.
   */
  static async init(moduleOptions) {
    setModule(await initializeBinding(moduleOptions));
    TRANSFER_BUFFER = C._ts_init();
    LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
    MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /**
   * Create a new parser.
   */
  constructor() {
    this.initialize();
    finalizer4?.register(this, [this[0], this[1]], this);
  }
  /** @internal */
  initialize() {
    if (!checkModule()) {
      throw new Error("cannot construct a Parser before calling `init()`");
    }
    C._ts_parser_new_wasm();
    this[0] = C.getValue(TRANSFER_BUFFER, "i32");
    this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /** Delete the parser, freeing its resources. */
  delete() {
    finalizer4?.unregister(this);
    C._ts_parser_delete(this[0]);
    C._free(this[1]);
    this[0] = 0;
    this[1] = 0;
  }
  /**
   * Set the language that the parser should use for parsing.
   *
   * If the language was not successfully assigned, an error will be thrown.
   * This happens if the language was generated with an incompatible
   * version of the Tree-sitter CLI. Check the language's version using
   * {@link Language#version} and compare it to this library's
   * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
   */
  setLanguage(language) {
    let address;
    if (!language) {
      address = 0;
      this.language = null;
    } else if (language.constructor === Language) {
      address = language[0];
      const version = C._ts_language_abi_version(address);
      if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
        throw new Error(
          `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
        );
      }
      this.language = language;
    } else {
      throw new Error("Argument must be a Language");
    }
    C._ts_parser_set_language(this[0], address);
    return this;
  }
  /**
   * Parse a slice of UTF8 text.
   *
   * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
   *
   * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
   *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
   *   the new text using {@link Tree#edit}.
   *
   * @param {ParseOptions} [options] - Options for parsing the text.
   *  This can be used to set the included ranges, or a progress callback.
   *
   * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
   *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
   *  - The progress callback returned true.
   */
  parse(callback, oldTree, options) {
    if (typeof callback === "string") {
      C.currentParseCallback = (index) => callback.slice(index);
    } else if (typeof callback === "function") {
      C.currentParseCallback = callback;
    } else {
      throw new Error("Argument must be a string or a function");
    }
    if (options?.progressCallback) {
      C.currentProgressCallback = options.progressCallback;
    } else {
      C.currentProgressCallback = null;
    }
    if (this.logCallback) {
      C.currentLogCallback = this.logCallback;
      C._ts_parser_enable_logger_wasm(this[0], 1);
    } else {
      C.currentLogCallback = null;
      C._ts_parser_enable_logger_wasm(this[0], 0);
    }
    let rangeCount = 0;
    let rangeAddress = 0;
    if (options?.includedRanges) {
      rangeCount = options.includedRanges.length;
      rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
      let address = rangeAddress;
      for (let i2 = 0; i2 < rangeCount; i2++) {
        marshalRange(address, options.includedRanges[i2]);
        address += SIZE_OF_RANGE;
      }
    }
    const treeAddress = C._ts_parser_parse_wasm(
      this[0],
      this[1],
      oldTree ? oldTree[0] : 0,
      rangeAddress,
      rangeCount
    );
    if (!treeAddress) {
      C.currentParseCallback = null;
      C.currentLogCallback = null;
      C.currentProgressCallback = null;
      return null;
    }
    if (!this.language) {
      throw new Error("Parser must have a language to parse");
    }
    const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
    C.currentParseCallback = null;
    C.currentLogCallback = null;
    C.currentProgressCallback = null;
    return result;
  }
  /**
   * Instruct the parser to start the next parse from the beginning.
   *
   * If the parser previously failed because of a callback, 
   * then by default, it will resume where it left off on the
   * next call to {@link Parser#parse} or other parsing functions.
   * If you don't want to resume, and instead intend to use this parser to
   * parse some other document, you must call `reset` first.
   */
  reset() {
    C._ts_parser_reset(this[0]);
  }
  /** Get the ranges of text that the parser will include when parsing. */
  getIncludedRanges() {
    C._ts_parser_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Set the logging callback that a parser should use during parsing. */
  setLogger(callback) {
    if (!callback) {
      this.logCallback = null;
    } else if (typeof callback !== "function") {
      throw new Error("Logger callback must be a function");
    } else {
      this.logCallback = callback;
    }
    return this;
  }
  /** Get the parser's current logger. */
  getLogger() {
    return this.logCallback;
  }
};
var PREDICATE_STEP_TYPE_CAPTURE = 1;
var PREDICATE_STEP_TYPE_STRING = 2;
var QUERY_WORD_REGEX = /[\w-]+/g;
var CaptureQuantifier = {
  Zero: 0,
  ZeroOrOne: 1,
  ZeroOrMore: 2,
  One: 3,
  OneOrMore: 4
};
var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
var QueryErrorKind = {
  Syntax: 1,
  NodeName: 2,
  FieldName: 3,
  CaptureName: 4,
  PatternStructure: 5
};
var QueryError = class _QueryError extends Error {
  constructor(kind, info2, index, length) {
    super(_QueryError.formatMessage(kind, info2));
    this.kind = kind;
    this.info = info2;
    this.index = index;
    this.length = length;
    this.name = "QueryError";
  }
  kind;
  info;
  index;
  length;
  static {
    __name(this, "QueryError");
  }
  /** Formats an error message based on the error kind and info */
  static formatMessage(kind, info2) {
    switch (kind) {
      case QueryErrorKind.NodeName:
        return `Bad node name '${info2.word}'`;
      case QueryErrorKind.FieldName:
        return `Bad field name '${info2.word}'`;
      case QueryErrorKind.CaptureName:
        return `Bad capture name @${info2.word}`;
      case QueryErrorKind.PatternStructure:
        return `Bad pattern structure at offset ${info2.suffix}`;
      case QueryErrorKind.Syntax:
        return `Bad syntax at offset ${info2.suffix}`;
    }
  }
};
function parseAnyPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue, "doesNotMatch");
    textPredicates[index].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
__name(parseAnyPredicate, "parseAnyPredicate");
function parseMatchPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text, positive) => {
      return positive ? regex.test(text) : !regex.test(text);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
  });
}
__name(parseMatchPredicate, "parseMatchPredicate");
function parseAnyOfPredicate(steps, index, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text) => values.includes(text)) === isPositive;
  });
}
__name(parseAnyOfPredicate, "parseAnyOfPredicate");
function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index]) properties[index] = {};
  properties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseIsPredicate, "parseIsPredicate");
function parseSetDirective(steps, index, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index]) setProperties[index] = {};
  setProperties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseSetDirective, "parseSetDirective");
function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index, setProperties);
        break;
      default:
        predicates[index].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
__name(parsePattern, "parsePattern");
function indexForByteOffset(source, byteOffset) {
  return new TextEncoder().encodeInto(source, new Uint8Array(byteOffset)).read;
}
__name(indexForByteOffset, "indexForByteOffset");
var finalizer5 = newFinalizer((address) => {
  C._ts_query_delete(address);
});
var Query = class {
  static {
    __name(this, "Query");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  exceededMatchLimit;
  /** @internal */
  textPredicates;
  /** @internal */
  source;
  /** The names of the captures used in the query. */
  captureNames;
  /** The quantifiers of the captures used in the query. */
  captureQuantifiers;
  /**
   * The other user-defined predicates associated with the given index.
   *
   * This includes predicates with operators other than:
   * - `match?`
   * - `eq?` and `not-eq?`
   * - `any-of?` and `not-any-of?`
   * - `is?` and `is-not?`
   * - `set!`
   */
  predicates;
  /** The properties for predicates with the operator `set!`. */
  setProperties;
  /** The properties for predicates with the operator `is?`. */
  assertedProperties;
  /** The properties for predicates with the operator `is-not?`. */
  refutedProperties;
  /** The maximum number of in-progress matches for this cursor. */
  matchLimit;
  /**
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  constructor(language, source) {
    const sourceLength = C.lengthBytesUTF8(source);
    const sourceAddress = C._malloc(sourceLength + 1);
    C.stringToUTF8(source, sourceAddress, sourceLength + 1);
    const address = C._ts_query_new(
      language[0],
      sourceAddress,
      sourceLength,
      TRANSFER_BUFFER,
      TRANSFER_BUFFER + SIZE_OF_INT
    );
    if (!address) {
      const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
      const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
      const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
      const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
      C._free(sourceAddress);
      switch (errorId) {
        case QueryErrorKind.Syntax:
          throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
        case QueryErrorKind.NodeName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.FieldName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.CaptureName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.PatternStructure:
          throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
      }
    }
    const stringCount = C._ts_query_string_count(address);
    const captureCount = C._ts_query_capture_count(address);
    const patternCount = C._ts_query_pattern_count(address);
    const captureNames = new Array(captureCount);
    const captureQuantifiers = new Array(patternCount);
    const stringValues = new Array(stringCount);
    for (let i2 = 0; i2 < captureCount; i2++) {
      const nameAddress = C._ts_query_capture_name_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
    }
    for (let i2 = 0; i2 < patternCount; i2++) {
      const captureQuantifiersArray = new Array(captureCount);
      for (let j = 0; j < captureCount; j++) {
        const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
        captureQuantifiersArray[j] = quantifier;
      }
      captureQuantifiers[i2] = captureQuantifiersArray;
    }
    for (let i2 = 0; i2 < stringCount; i2++) {
      const valueAddress = C._ts_query_string_value_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
    }
    const setProperties = new Array(patternCount);
    const assertedProperties = new Array(patternCount);
    const refutedProperties = new Array(patternCount);
    const predicates = new Array(patternCount);
    const textPredicates = new Array(patternCount);
    for (let i2 = 0; i2 < patternCount; i2++) {
      const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
      const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
      predicates[i2] = [];
      textPredicates[i2] = [];
      const steps = new Array();
      let stepAddress = predicatesAddress;
      for (let j = 0; j < stepCount; j++) {
        const stepType = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        const stepValueId = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        parsePattern(
          i2,
          stepType,
          stepValueId,
          captureNames,
          stringValues,
          steps,
          textPredicates,
          predicates,
          setProperties,
          assertedProperties,
          refutedProperties
        );
      }
      Object.freeze(textPredicates[i2]);
      Object.freeze(predicates[i2]);
      Object.freeze(setProperties[i2]);
      Object.freeze(assertedProperties[i2]);
      Object.freeze(refutedProperties[i2]);
    }
    C._free(sourceAddress);
    this[0] = address;
    this.captureNames = captureNames;
    this.captureQuantifiers = captureQuantifiers;
    this.textPredicates = textPredicates;
    this.source = source;
    this.predicates = predicates;
    this.setProperties = setProperties;
    this.assertedProperties = assertedProperties;
    this.refutedProperties = refutedProperties;
    this.exceededMatchLimit = false;
    finalizer5?.register(this, address, this);
  }
  /** Delete the query, freeing its resources. */
  delete() {
    finalizer5?.unregister(this);
    C._ts_query_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Iterate over all of the matches in the order that they were found.
   *
   * Each match contains the index of the pattern that matched, and a list of
   * captures. Because multiple patterns can match the same set of nodes,
   * one match may contain captures that appear *before* some of the
   * captures from a previous match.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  matches(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex2 = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex2 !== 0 && startIndex > endIndex2) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_matches_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex2,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array(rawCount);
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    let filteredCount = 0;
    let address = startAddress;
    for (let i2 = 0; i2 < rawCount; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captures = new Array(captureCount);
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        result[filteredCount] = { patternIndex, captures };
        const setProperties = this.setProperties[patternIndex];
        result[filteredCount].setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        result[filteredCount].assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        result[filteredCount].refutedProperties = refutedProperties;
        filteredCount++;
      }
    }
    result.length = filteredCount;
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /**
   * Iterate over all of the individual captures in the order that they
   * appear.
   *
   * This is useful if you don't care about which pattern matched, and just
   * want a single, ordered sequence of captures.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  captures(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex2 = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex2 !== 0 && startIndex > endIndex2) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_captures_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex2,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array();
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    const captures = new Array();
    let address = startAddress;
    for (let i2 = 0; i2 < count; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      captures.length = captureCount;
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        const capture = captures[captureIndex];
        const setProperties = this.setProperties[patternIndex];
        capture.setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        capture.assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        capture.refutedProperties = refutedProperties;
        result.push(capture);
      }
    }
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /** Get the predicates for a given pattern. */
  predicatesForPattern(patternIndex) {
    return this.predicates[patternIndex];
  }
  /**
   * Disable a certain capture within a query.
   *
   * This prevents the capture from being returned in matches, and also
   * avoids any resource usage associated with recording the capture.
   */
  disableCapture(captureName) {
    const captureNameLength = C.lengthBytesUTF8(captureName);
    const captureNameAddress = C._malloc(captureNameLength + 1);
    C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
    C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
    C._free(captureNameAddress);
  }
  /**
   * Disable a certain pattern within a query.
   *
   * This prevents the pattern from matching, and also avoids any resource
   * usage associated with the pattern. This throws an error if the pattern
   * index is out of bounds.
   */
  disablePattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    C._ts_query_disable_pattern(this[0], patternIndex);
  }
  /**
   * Check if, on its last execution, this cursor exceeded its maximum number
   * of in-progress matches.
   */
  didExceedMatchLimit() {
    return this.exceededMatchLimit;
  }
  /** Get the index where the given pattern starts in the query's source. */
  startIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_start_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the index where the given pattern ends in the query's source. */
  endIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_end_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the number of patterns in the query. */
  patternCount() {
    return C._ts_query_pattern_count(this[0]);
  }
  /** Get the index for a given capture name. */
  captureIndexForName(captureName) {
    return this.captureNames.indexOf(captureName);
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternRooted(patternIndex) {
    return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternNonLocal(patternIndex) {
    return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
  }
  /**
   * Check if the step at the given index in the query's source is 'definite'.
   *
   * A query step is 'definite' if its parent pattern will be guaranteed to
   * match successfully once it reaches the step.
   */
  isPatternGuaranteedAtStep(index) {
    const byteOffset = C.lengthBytesUTF8(this.source.slice(0, index));
    return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteOffset) === 1;
  }
};

// src/source/syntax.ts
function emptyBody(span2) {
  return { line: span2.line, endLine: span2.endLine, attributes: /* @__PURE__ */ new Map(), blocks: [] };
}
function literalString(body2, name2) {
  const v = body2?.attributes.get(name2)?.value;
  return v?.kind === "string" ? v.value : void 0;
}

// src/source/hcl.ts
var WASM_ASSETS = {
  runtime: { file: "web-tree-sitter.wasm", specifier: "web-tree-sitter/web-tree-sitter.wasm" },
  grammar: { file: "tree-sitter-hcl.wasm", specifier: "@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm" }
};
async function readAsset(asset) {
  try {
    return await readFile2(new URL(`./${asset.file}`, import.meta.url));
  } catch {
    return await readFile2(createRequire(import.meta.url).resolve(asset.specifier));
  }
}
var parser;
function hclParser() {
  parser ??= (async () => {
    const [runtime, grammar] = await Promise.all([readAsset(WASM_ASSETS.runtime), readAsset(WASM_ASSETS.grammar)]);
    try {
      setFlagsFromString("--liftoff-only");
    } catch {
    }
    await Parser.init({ wasmBinary: runtime });
    const language = await Language.load(grammar);
    const p = new Parser();
    p.setLanguage(language);
    return p;
  })();
  return parser;
}
async function loadHclParser() {
  try {
    const p = await hclParser();
    return { parse: (path2, text) => parseHcl(p, path2, text) };
  } catch (err2) {
    const message = (err2 instanceof Error ? err2.message : String(err2)).split("\n")[0]?.trim() ?? "";
    return { error: `cannot load the HCL parser: ${message}` };
  }
}
var HclSyntaxError = class extends Error {
  line;
  constructor(line) {
    super(`HCL syntax error at line ${line}`);
    this.name = "HclSyntaxError";
    this.line = line;
  }
};
function parseHcl(p, path2, text) {
  const tree = p.parse(text);
  if (!tree) throw new Error("the HCL parser returned no tree");
  try {
    const root = tree.rootNode;
    const lines = text.split("\n");
    const lastLine = lines.length - (text.endsWith("\n") ? 1 : 0);
    if (root.hasError) throw new HclSyntaxError(Math.max(1, Math.min(firstErrorLine(root), lastLine)));
    const comments = [];
    for (const c of root.descendantsOfType("comment")) {
      if (!c) continue;
      const before = (lines[c.startPosition.row] ?? "").slice(0, c.startPosition.column);
      const after = (lines[c.endPosition.row] ?? "").slice(c.endPosition.column);
      comments.push({ ...span(c), text: c.text, alone: before.trim() === "" && after.trim() === "" });
    }
    const body2 = root.namedChildren.find((n) => n?.type === "body");
    return { path: path2, format: "hcl", blocks: body2 ? readBody(body2).blocks : [], comments };
  } finally {
    tree.delete();
  }
}
function span(n) {
  return { line: n.startPosition.row + 1, endLine: n.endPosition.row + 1 };
}
function firstErrorLine(n) {
  if (n.isError || n.isMissing) return n.startPosition.row + 1;
  for (const c of n.children) {
    if (c?.hasError || c?.isMissing) return firstErrorLine(c);
  }
  return n.startPosition.row + 1;
}
function named2(n) {
  return n.namedChildren.filter((c) => c !== null && c.type !== "comment");
}
function readBody(n) {
  const body2 = emptyBody(span(n));
  for (const c of named2(n)) {
    if (c.type === "attribute") {
      const attr = readAttribute(c);
      if (attr && !body2.attributes.has(attr.name)) body2.attributes.set(attr.name, attr);
    } else if (c.type === "block") {
      body2.blocks.push(readBlock(c));
    }
  }
  return body2;
}
function readAttribute(n) {
  const [id, expr] = named2(n);
  if (id?.type !== "identifier" || !expr) return null;
  return { ...span(n), name: id.text, value: readExpression(expr) };
}
function readBlock(n) {
  const parts2 = named2(n);
  const type = parts2[0]?.text ?? "";
  const labels = [];
  let body2 = emptyBody(span(n));
  for (const c of parts2.slice(1)) {
    if (c.type === "string_lit") labels.push(stringLit(c));
    else if (c.type === "identifier") labels.push(c.text);
    else if (c.type === "body") body2 = readBody(c);
  }
  return { ...body2, ...span(n), type, labels };
}
function stringLit(n) {
  return named2(n).filter((c) => c.type === "template_literal").map((c) => unescapeHcl(c.text)).join("");
}
var ESCAPES = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
function unescapeHcl(raw) {
  return raw.replace(/\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))/g, (whole, u4, u8, ch) => {
    const hex = u4 ?? u8;
    if (hex !== void 0) {
      const cp = parseInt(hex, 16);
      return cp <= 1114111 ? String.fromCodePoint(cp) : whole;
    }
    return ch !== void 0 && ESCAPES[ch] !== void 0 ? ESCAPES[ch] : whole;
  }).replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
}
function other(n) {
  return { ...span(n), kind: "other" };
}
function readExpression(n) {
  const parts2 = named2(n);
  if (n.type !== "expression" || parts2.length !== 1) return other(n);
  const inner = parts2[0];
  switch (inner.type) {
    case "literal_value":
      return literal2(inner);
    case "template_expr": {
      const quoted = named2(inner)[0];
      if (quoted?.type === "quoted_template" && named2(quoted).every((c) => c.type === "template_literal" || c.type.startsWith("quoted_template_"))) {
        return { ...span(n), kind: "string", value: stringLit(quoted) };
      }
      return other(n);
    }
    case "collection_value":
      return collection(inner);
    case "operation": {
      const unary = named2(inner)[0];
      const operand = unary?.type === "unary_operation" ? named2(unary)[0] : void 0;
      if (unary && operand?.type === "literal_value" && unary.text.trimStart().startsWith("-")) {
        const v = literal2(operand);
        if (v.kind === "number") return { ...span(n), kind: "number", value: -v.value };
      }
      return other(n);
    }
    default:
      return other(n);
  }
}
function literal2(n) {
  const v = named2(n)[0];
  if (!v) return other(n);
  switch (v.type) {
    case "numeric_lit": {
      const num = Number(v.text);
      return Number.isFinite(num) ? { ...span(n), kind: "number", value: num } : other(n);
    }
    case "bool_lit":
      return { ...span(n), kind: "bool", value: v.text === "true" };
    case "null_lit":
      return { ...span(n), kind: "null" };
    case "string_lit":
      return { ...span(n), kind: "string", value: stringLit(v) };
    default:
      return other(n);
  }
}
function collection(n) {
  const c = named2(n)[0];
  if (c?.type === "tuple") {
    return { ...span(n), kind: "tuple", items: named2(c).filter((e) => e.type === "expression").map(readExpression) };
  }
  if (c?.type === "object") {
    const body2 = emptyBody(span(n));
    for (const elem of named2(c)) {
      if (elem.type !== "object_elem") continue;
      const key2 = elem.childForFieldName("key");
      const val = elem.childForFieldName("val");
      const name2 = key2 ? objectKey(key2) : void 0;
      if (name2 === void 0 || !val || body2.attributes.has(name2)) continue;
      body2.attributes.set(name2, { ...span(elem), name: name2, value: readExpression(val) });
    }
    return { ...span(n), kind: "object", body: body2 };
  }
  return other(n);
}
function objectKey(n) {
  const parts2 = named2(n);
  const only = parts2.length === 1 ? parts2[0] : void 0;
  if (only?.type === "variable_expr") return only.text;
  const v = readExpression(n);
  return v.kind === "string" ? v.value : void 0;
}

// src/source/json.ts
var LABELS = { resource: 2, data: 2, module: 1 };
function parseTfJson(path2, text) {
  JSON.parse(text);
  const root = new Scanner2(text).document();
  const blocks = [];
  if (root.kind === "object") {
    for (const attr of root.body.attributes.values()) {
      const depth = LABELS[attr.name];
      if (depth !== void 0) collectBlocks(attr.name, depth, attr.value, [], attr, blocks);
    }
  }
  return { path: path2, format: "json", blocks, comments: [] };
}
function objectsOf(v) {
  if (v.kind === "object") return [v];
  if (v.kind === "tuple") return v.items.filter((i2) => i2.kind === "object");
  return [];
}
function collectBlocks(type, depth, value, labels, at, out2) {
  for (const obj of objectsOf(value)) {
    if (labels.length === depth) {
      out2.push({ ...obj.body, line: at.line, endLine: at.endLine, type, labels });
      continue;
    }
    for (const attr of obj.body.attributes.values()) collectBlocks(type, depth, attr.value, [...labels, attr.name], attr, out2);
  }
}
function isTemplate(s) {
  return /(^|[^$])\$\{|(^|[^%])%\{/.test(s);
}
var LITERAL = /true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var Scanner2 = class {
  constructor(text) {
    this.text = text;
  }
  text;
  i = 0;
  line = 1;
  document() {
    this.space();
    return this.value();
  }
  space() {
    for (; ; ) {
      const c = this.text[this.i];
      if (c === "\n") this.line++;
      else if (c !== " " && c !== "	" && c !== "\r") return;
      this.i++;
    }
  }
  /** JSON.parse has vouched for the text; this only keeps a scanner bug from looping forever. */
  notAtEnd() {
    if (this.i >= this.text.length) throw new SyntaxError("unexpected end of JSON");
  }
  value() {
    const line = this.line;
    const c = this.text[this.i];
    if (c === "{") return this.object(line);
    if (c === "[") return this.array(line);
    if (c === '"') {
      const s = this.string();
      return isTemplate(s) ? { line, endLine: line, kind: "other" } : { line, endLine: line, kind: "string", value: s };
    }
    LITERAL.lastIndex = this.i;
    const word = LITERAL.exec(this.text)?.[0];
    if (word === void 0) throw new SyntaxError(`unexpected character at position ${this.i}`);
    this.i += word.length;
    if (word === "true" || word === "false") return { line, endLine: line, kind: "bool", value: word === "true" };
    if (word === "null") return { line, endLine: line, kind: "null" };
    return { line, endLine: line, kind: "number", value: Number(word) };
  }
  string() {
    const start2 = this.i;
    this.i++;
    while (this.text[this.i] !== '"') {
      if (this.i >= this.text.length) throw new SyntaxError("unterminated string");
      this.i += this.text[this.i] === "\\" ? 2 : 1;
    }
    this.i++;
    return JSON.parse(this.text.slice(start2, this.i));
  }
  object(line) {
    this.i++;
    const body2 = emptyBody({ line, endLine: line });
    this.space();
    while (this.text[this.i] !== "}") {
      this.notAtEnd();
      const keyLine = this.line;
      const name2 = this.string();
      this.space();
      this.i++;
      this.space();
      const value = this.value();
      body2.attributes.set(name2, { line: keyLine, endLine: value.endLine, name: name2, value });
      this.space();
      if (this.text[this.i] === ",") {
        this.i++;
        this.space();
      }
    }
    this.i++;
    body2.endLine = this.line;
    return { line, endLine: this.line, kind: "object", body: body2 };
  }
  array(line) {
    this.i++;
    const items = [];
    this.space();
    while (this.text[this.i] !== "]") {
      this.notAtEnd();
      items.push(this.value());
      this.space();
      if (this.text[this.i] === ",") {
        this.i++;
        this.space();
      }
    }
    this.i++;
    return { line, endLine: this.line, kind: "tuple", items };
  }
};

// src/source/files.ts
var READ_FAILURES2 = {
  ENOENT: "no such file or directory",
  ENOTDIR: "not a directory",
  EISDIR: "is a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "the path is too long"
};
function failure(err2) {
  const code3 = err2?.code;
  if (typeof code3 === "string" && READ_FAILURES2[code3] !== void 0) return READ_FAILURES2[code3];
  return oneLine2(err2 instanceof Error ? err2.message : String(err2));
}
function oneLine2(text) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 200 ? `${flat.slice(0, 199)}\u2026` : flat;
}
function isTerraformFile(name2) {
  return (name2.endsWith(".tf") || name2.endsWith(".tf.json")) && !name2.startsWith(".") && !name2.startsWith("#");
}
function isOverride(name2) {
  const base = name2.replace(/\.tf(\.json)?$/, "");
  return base === "override" || base.endsWith("_override");
}
function byName(a, b) {
  const oa = isOverride(a);
  if (oa !== isOverride(b)) return oa ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}
async function readDirectory(dir) {
  let names3;
  try {
    names3 = (await readdir(dir)).filter(isTerraformFile).sort(byName);
  } catch (err2) {
    return { listed: false, reason: failure(err2), terraformFiles: 0, files: [], failures: /* @__PURE__ */ new Map() };
  }
  const files = [];
  const failures = /* @__PURE__ */ new Map();
  const results = await Promise.all(names3.map((name2) => readTerraformFile(join2(dir, name2), name2.endsWith(".json"))));
  names3.forEach((name2, i2) => {
    const result = results[i2];
    if ("reason" in result) failures.set(join2(dir, name2), result.reason);
    else files.push(result);
  });
  return { listed: true, reason: null, terraformFiles: names3.length, files, failures };
}
async function readTerraformFile(path2, json) {
  let text;
  try {
    const bytes = await readFile3(path2);
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (err2) {
    if (err2 instanceof TypeError) return { reason: "not valid UTF-8" };
    return { reason: `cannot read: ${failure(err2)}` };
  }
  try {
    if (json) return parseTfJson(path2, text);
    const hcl = await loadHclParser();
    if ("error" in hcl) return { reason: hcl.error };
    return hcl.parse(path2, text);
  } catch (err2) {
    if (err2 instanceof HclSyntaxError) return { reason: err2.message };
    if (err2 instanceof SyntaxError) return { reason: `invalid JSON: ${oneLine2(err2.message)}` };
    return { reason: `cannot parse: ${failure(err2)}` };
  }
}

// src/source/match.ts
var INLINE_PATH = /^(ingress|egress)(?:\[(\d+)\])?(?:\.|$)/;
var PEER_FIELDS = {
  cidr: ["cidr_blocks", "ipv6_cidr_blocks", "cidr_ipv4", "cidr_ipv6"],
  "prefix-list": ["prefix_list_ids", "prefix_list_id"],
  "security-group": ["security_groups", "source_security_group_id", "referenced_security_group_id"],
  self: ["self"]
};
function objects(v) {
  if (v?.kind === "object") return [v];
  if (v?.kind === "tuple") return v.items.filter((i2) => i2.kind === "object");
  return [];
}
function candidates(resource, direction2) {
  const out2 = [];
  for (const b of resource.blocks) {
    if (b.type === direction2) out2.push({ span: b, body: b, literal: true });
    if (b.type === "dynamic" && b.labels[0] === direction2) {
      out2.push({ span: b, body: b.blocks.find((c) => c.type === "content") ?? emptyBody(b), literal: false });
    }
  }
  const attr = resource.attributes.get(direction2);
  if (attr) {
    const v = attr.value;
    if (v.kind === "tuple") {
      for (const item of v.items) {
        out2.push(item.kind === "object" ? { span: item, body: item.body, literal: true } : { span: item, body: emptyBody(item), literal: false });
      }
    } else if (v.kind === "object") {
      out2.push({ span: v, body: v.body, literal: true });
    } else {
      out2.push({ span: attr, body: emptyBody(attr), literal: false });
    }
  }
  for (const dyn of objects(resource.attributes.get("dynamic")?.value)) {
    const d = dyn.body.attributes.get(direction2);
    if (!d) continue;
    for (const o of objects(d.value)) {
      const content = objects(o.body.attributes.get("content")?.value)[0];
      out2.push({ span: d, body: content?.body ?? emptyBody(d), literal: false });
    }
  }
  return out2;
}
function literalOf(v) {
  return v && (v.kind === "string" || v.kind === "number" || v.kind === "bool") ? v.value : void 0;
}
function asPort(v) {
  const l = literalOf(v);
  if (typeof l === "number") return l;
  if (typeof l === "string" && /^-?\d+$/.test(l.trim())) return Number(l);
  return void 0;
}
function protocolVerdict(body2, t) {
  const v = body2.attributes.get("protocol")?.value;
  const l = literalOf(v);
  if (l === void 0 || typeof l === "boolean" || t.protocol === null || t.protocol === "unknown") return "maybe";
  return normaliseProtocol(l) === t.protocol ? "yes" : "no";
}
function portsVerdict(body2, t) {
  if (t.protocol !== "tcp" && t.protocol !== "udp") return null;
  const from = asPort(body2.attributes.get("from_port")?.value);
  const to = asPort(body2.attributes.get("to_port")?.value);
  if (from === void 0 || to === void 0 || t.fromPort === null || t.toPort === null) return "maybe";
  return from === t.fromPort && to === t.toPort ? "yes" : "no";
}
function targetCidr(peer) {
  const m = /\(([^()]+)\)$/.exec(peer);
  return parseCidr(m?.[1] ?? peer)?.cidr ?? null;
}
function namedField(path2) {
  const m = /(?:^|\.)([A-Za-z_][\w-]*)(?:\[(\d+)\])?$/.exec(path2);
  return m ? { field: m[1], index: m[2] === void 0 ? null : Number(m[2]) } : null;
}
function unknownAttribute(peer) {
  const m = /^(?:unknown until apply|invalid) \(([^:)]+)/.exec(peer);
  return m?.[1] ?? null;
}
function peerVerdict(body2, t) {
  if (t.peerKind === null || t.peer === null) return { verdict: "maybe", line: null };
  const named3 = t.peerPath ? namedField(t.peerPath) : null;
  const unknownField = t.peerKind === "unknown" ? namedField(unknownAttribute(t.peer) ?? "") : null;
  const fields = named3 ? [named3.field] : unknownField ? [unknownField.field] : PEER_FIELDS[t.peerKind] ?? [];
  const want = t.peerKind === "cidr" ? targetCidr(t.peer) : null;
  const equals = (v) => {
    if (t.peerKind === "cidr") return v.kind === "string" && want !== null && parseCidr(v.value)?.cidr === want;
    if (t.peerKind === "self") return v.kind === "bool" && v.value;
    if (t.peerKind === "prefix-list" || t.peerKind === "security-group") return v.kind === "string" && v.value === t.peer;
    return v.kind === "other" || v.kind === "string" && v.value !== "" && t.peer?.includes(v.value) === true;
  };
  let maybe = null;
  for (const field of fields) {
    const attr = body2.attributes.get(field);
    if (!attr) continue;
    const v = attr.value;
    const at = named3?.index != null && v.kind === "tuple" ? v.items[named3.index] : void 0;
    if (at && equals(at)) return { verdict: "yes", line: at.line };
    const items = v.kind === "tuple" ? v.items : [v];
    const hit = items.find(equals);
    if (hit) return { verdict: "yes", line: hit.line };
    const computed = items.find((i2) => i2.kind === "other");
    if (computed) maybe ??= computed.line;
  }
  return maybe === null ? { verdict: "no", line: null } : { verdict: "maybe", line: maybe };
}
function matchInlineRule(resource, target) {
  const m = INLINE_PATH.exec(target.path);
  if (!m) return null;
  const direction2 = m[1];
  if (m[2] === void 0) {
    const first = candidates(resource, direction2).find((c) => !c.literal);
    return { block: null, valueLine: first?.span.line ?? null };
  }
  const scored = candidates(resource, direction2).map((c) => {
    const peer = peerVerdict(c.body, target);
    const verdicts = [protocolVerdict(c.body, target), portsVerdict(c.body, target), peer.verdict].filter((v) => v !== null);
    return { c, verdicts, line: peer.line };
  });
  const alive = scored.filter((s) => !s.verdicts.includes("no"));
  const confirmed = alive.filter((s) => s.c.literal && s.verdicts.every((v) => v === "yes"));
  const pick = confirmed.length === 1 ? confirmed[0] : confirmed.length === 0 && alive.length === 1 ? alive[0] : void 0;
  return pick ? { block: pick.c.span, valueLine: pick.line } : { block: null, valueLine: null };
}
function peerLine(resource, target) {
  return peerVerdict(resource, target).line;
}

// src/source/suppressions.ts
var DIRECTIVE = /^sg-guard:ignore(?=\s|$)\s*(\S*)\s*(.*)$/;
function parseSuppression(text, line) {
  const t = text.trim();
  const body2 = t.startsWith("#") ? t.slice(1) : t.startsWith("//") ? t.slice(2) : null;
  if (body2 === null) return null;
  const m = DIRECTIVE.exec(body2.trim());
  return m ? { rule: m[1] ?? "", reason: (m[2] ?? "").trim(), line } : null;
}
function commentsBefore(comments, line) {
  const byEnd = /* @__PURE__ */ new Map();
  for (const c of comments) if (c.alone) byEnd.set(c.endLine, c);
  const out2 = [];
  let l = line - 1;
  for (let c = byEnd.get(l); c; c = byEnd.get(l)) {
    out2.unshift(c);
    l = c.line - 1;
  }
  return out2;
}
function jsonDirectives(body2) {
  const v = body2.attributes.get("//")?.value;
  const strings = v?.kind === "string" ? [v] : v?.kind === "tuple" ? v.items : [];
  const out2 = [];
  for (const s of strings) {
    if (s.kind !== "string") continue;
    const m = DIRECTIVE.exec(s.value.trim());
    if (m) out2.push({ rule: m[1] ?? "", reason: (m[2] ?? "").trim(), line: s.line });
  }
  return out2;
}
function bodyAt(body2, span2) {
  if (body2.line === span2.line && body2.endLine === span2.endLine) return body2;
  for (const attr of body2.attributes.values()) {
    const found = valueBodyAt(attr.value, span2);
    if (found) return found;
  }
  for (const b of body2.blocks) {
    const found = bodyAt(b, span2);
    if (found) return found;
  }
  return null;
}
function valueBodyAt(v, span2) {
  if (v.kind === "object") return bodyAt(v.body, span2);
  if (v.kind === "tuple") {
    for (const item of v.items) {
      const found = valueBodyAt(item, span2);
      if (found) return found;
    }
  }
  return null;
}
function suppressionsAt(file, span2) {
  const outer = file.blocks.find((b) => b.line <= span2.line && span2.endLine <= b.endLine);
  const starts = /* @__PURE__ */ new Set([span2.line]);
  if (outer) starts.add(outer.line);
  const out2 = [];
  if (file.format === "json") {
    if (outer) {
      const inner = bodyAt(outer, span2);
      out2.push(...jsonDirectives(outer));
      if (inner && inner !== outer) out2.push(...jsonDirectives(inner));
    }
  } else {
    for (const start2 of starts) {
      for (const c of commentsBefore(file.comments, start2)) {
        const s = parseSuppression(c.text, c.line);
        if (s) out2.push(s);
      }
    }
  }
  return out2.sort((a, b) => a.line - b.line);
}

// src/source/sources.ts
var Sources = class {
  root;
  unreadable;
  modules;
  byPath;
  byFile = /* @__PURE__ */ new Map();
  repoPath;
  constructor(root, modules, unreadable, repoPath) {
    this.root = root;
    this.unreadable = unreadable;
    this.modules = modules.map(({ files: _files, ...m }) => m);
    this.byPath = new Map(modules.map((m) => [m.path, m]));
    this.repoPath = repoPath;
    for (const m of modules) for (const f of m.files) this.byFile.set(repoPath(f), f);
  }
  location(file, span2) {
    return { file: this.repoPath(file), line: span2.line, endLine: span2.endLine };
  }
  locate(target) {
    const address = parseAddress(target.resource);
    if (!address) return null;
    for (let i2 = 1; i2 <= address.modules.length; i2++) {
      const m = this.byPath.get(configModulePath(address.modules.slice(0, i2)));
      if (!m) return null;
      if (m.kind !== "local") {
        if (!m.call) return null;
        const { files: _files, ...module3 } = m;
        return { location: m.call, kind: "module-call", valueLine: m.sourceLine, module: module3 };
      }
    }
    const module2 = this.byPath.get(configModulePath(address.modules));
    const blockType = address.mode === "data" ? "data" : "resource";
    let found;
    for (const file2 of module2?.files ?? []) {
      const block2 = file2.blocks.find((b) => b.type === blockType && b.labels[0] === address.type && b.labels[1] === address.name);
      if (block2) {
        found = { file: file2, block: block2 };
        break;
      }
    }
    if (!found) return null;
    const { file, block } = found;
    const inline = matchInlineRule(block, target);
    if (inline) {
      return inline.block ? { location: this.location(file, inline.block), kind: "rule-block", valueLine: inline.valueLine, module: null } : { location: this.location(file, block), kind: "resource", valueLine: inline.valueLine, module: null };
    }
    return { location: this.location(file, block), kind: "resource", valueLine: target.path === "" ? peerLine(block, target) : null, module: null };
  }
  suppressionsFor(location) {
    const file = this.byFile.get(location.file);
    return file ? suppressionsAt(file, location) : [];
  }
};

// src/source/load.ts
var MAX_MODULE_DEPTH2 = 32;
var MAX_MODULES = 1e3;
function isLocalSource(source) {
  return /^\.\.?[\\/]/.test(source);
}
var Loader = class {
  constructor(repoRoot) {
    this.repoRoot = repoRoot;
  }
  repoRoot;
  reads = /* @__PURE__ */ new Map();
  modules = [];
  failures = /* @__PURE__ */ new Map();
  /** The first loop of local sources found, reported once. */
  cycle = null;
  truncated = false;
  /** A problem with a directory, beside any other one it has. */
  note(dir, reason) {
    const had = this.failures.get(dir);
    this.failures.set(dir, had === void 0 ? reason : `${had}; ${reason}`);
  }
  repoPath(abs) {
    return relative2(this.repoRoot, abs).split(sep3).join("/") || ".";
  }
  read(dir) {
    let p = this.reads.get(dir);
    if (!p) {
      p = readDirectory(dir);
      this.reads.set(dir, p);
    }
    return p;
  }
  locationOf(file, block) {
    return { file: this.repoPath(file.path), line: block.line, endLine: block.endLine };
  }
  async visit(path2, dir, config, call, depth, chain) {
    if (this.modules.length >= MAX_MODULES) {
      if (!this.truncated) {
        this.truncated = true;
        this.note(chain[0] ?? dir, `more than ${MAX_MODULES} module instances: the modules beyond were not read`);
      }
      return;
    }
    const read2 = await this.read(dir);
    for (const [file, reason] of read2.failures) this.failures.set(file, reason);
    const loop = chain.indexOf(dir);
    if (loop >= 0 && this.cycle === null) {
      this.cycle = [...chain.slice(loop), dir].map((d) => this.repoPath(d)).join(" -> ");
      this.note(chain[chain.length - 1] ?? dir, `local module sources call each other in a cycle (${this.cycle}): the cycle was not followed`);
    }
    if (!read2.listed || read2.terraformFiles === 0 || depth > MAX_MODULE_DEPTH2 || loop >= 0) {
      if (path2 === "") this.failures.set(dir, read2.reason ? `cannot read the directory: ${read2.reason}` : "no Terraform files in the directory");
      this.modules.push({ path: path2, kind: "missing", dir: null, ...call, files: [] });
      return;
    }
    this.modules.push({ path: path2, kind: "local", dir: this.repoPath(dir), ...call, files: read2.files });
    const blocks = /* @__PURE__ */ new Map();
    for (const file of read2.files) {
      for (const block of file.blocks) {
        const name2 = block.labels[0];
        if (block.type === "module" && name2 !== void 0 && !blocks.has(name2)) blocks.set(name2, { file, block });
      }
    }
    const calls = config?.module_calls ?? {};
    const names3 = [.../* @__PURE__ */ new Set([...Object.keys(calls), ...blocks.keys()])].sort();
    for (const name2 of names3) {
      const childPath = path2 ? `${path2}.module.${name2}` : `module.${name2}`;
      const found = blocks.get(name2);
      const source = calls[name2]?.source ?? literalString(found?.block, "source") ?? null;
      const sourceAttr = found?.block.attributes.get("source");
      const childCall = {
        source,
        call: found ? this.locationOf(found.file, found.block) : null,
        sourceLine: sourceAttr?.line ?? null
      };
      if (source !== null && isLocalSource(source)) {
        await this.visit(childPath, resolve2(dir, source), calls[name2]?.module, childCall, depth + 1, [...chain, dir]);
      } else {
        this.modules.push({ path: childPath, kind: "remote", dir: null, ...childCall, files: [] });
      }
    }
  }
};
async function loadSources(root, configuration, repoRoot = process.cwd()) {
  const loader = new Loader(resolve2(repoRoot));
  const rootDir = resolve2(root);
  await loader.visit("", rootDir, configuration, { source: null, call: null, sourceLine: null }, 0, []);
  const unreadable = [...loader.failures].map(([file, reason]) => ({ file: loader.repoPath(file), reason })).sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const modules = [...loader.modules].sort((a, b) => a.path === "" ? -1 : b.path === "" ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return new Sources(loader.repoPath(rootDir), modules, unreadable, (file) => loader.repoPath(file.path));
}

// src/source/index.ts
function locateFindings(findings, index, planLabel2) {
  return findings.map((f) => {
    if (f.location !== null || planLabel2 !== void 0 && f.plan !== planLabel2) return f;
    const located = index.locate(f);
    if (!located) return f;
    const module2 = located.kind === "module-call" && located.module && located.module.kind !== "local" ? { source: located.module.source, kind: located.module.kind } : void 0;
    return { ...f, location: module2 ? { ...located.location, module: module2 } : located.location };
  });
}

// src/rules/cidr-port-grants.ts
function cidrGrants(context, ports, accept) {
  const trusted = option(context.options, "trusted-cidrs", readTrustedCidrs, []);
  const internet = ingressExposure(context.model);
  const judged = /* @__PURE__ */ new Map();
  const labelsByTraffic = /* @__PURE__ */ new Map();
  const out2 = [];
  for (const p of context.model.permissions) {
    if (p.direction !== "ingress" || p.peer.kind !== "cidr") continue;
    let wanted = judged.get(p.peer);
    if (wanted === void 0) {
      const c = peerCidr(p.peer);
      wanted = c !== null && accept(c) && !cidrWithin(c, trusted);
      judged.set(p.peer, wanted);
    }
    if (!wanted) continue;
    const exposed = internet.get(p);
    const reached = exposed ? reachedPorts(p, unexposed(ports, exposed)) : reachedOf(p, ports, labelsByTraffic);
    if (reached.length === 0) continue;
    out2.push({ permission: p, data: { group: groupOf(p), ports: listLabels(reached), peer: describePeer(p.peer) }, trustedConfigured: trusted.length > 0 });
  }
  return out2;
}
function reachedOf(p, ports, cache3) {
  const key2 = `${p.protocol}|${p.fromPort}|${p.toPort}`;
  let reached = cache3.get(key2);
  if (!reached) {
    reached = reachedPorts(p, ports);
    cache3.set(key2, reached);
  }
  return reached;
}

// src/rules/admin-port-by-cidr.ts
var SSH_RDP_PORTS = [
  { protocol: "tcp", ranges: portRanges([22, 3389]) },
  { protocol: "udp", ranges: portRanges([3389]) }
];
var rule2 = {
  meta: {
    name: "admin-port-by-cidr",
    severity: "low",
    title: "SSH or RDP admitted by private CIDR instead of a security group",
    description: "Ingress to SSH (22) or RDP (3389) from a private CIDR (RFC 1918, 100.64.0.0/10, IPv6 unique-local and link-local) rather than from the security group of a bastion or management host. Ranges in `trusted-cidrs` (a VPN, say) are not reported.",
    why: "A private range admits every instance, container and Lambda function in it, so one compromised workload can reach the shell of every other. Referencing the bastion's security group admits exactly the hosts meant to administer, and follows them when their addresses change.",
    fix: "Replace the CIDR with the security group of the bastion or management hosts (source_security_group_id / referenced_security_group_id, or security_groups in an inline block), or use AWS Systems Manager Session Manager and drop the port. If the range is a VPN you trust, list it in `trusted-cidrs`.",
    references: [
      { title: "Amazon VPC: security group rules that reference other security groups", url: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html" },
      { title: "AWS Systems Manager Session Manager", url: "https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html" },
      { title: "CIS AWS Foundations Benchmark 5.x: restrict remote server administration", url: "https://www.cisecurity.org/benchmark/amazon_web_services" }
    ],
    messages: {
      byCidr: "{{group}} allows {{ports}} from {{peer}}, a private range; admit the bastion's security group instead"
    },
    // A wide range (e.g. all traffic from the VPC) or a whole VPC's range reported for the same
    // permission says it already, at a higher severity.
    supersededBy: ["wide-port-range", "peer-vpc-cidr-instead-of-sg"]
  },
  check(context) {
    for (const g of cidrGrants(context, SSH_RDP_PORTS, (c) => classifyCidr(c) === "private")) context.report({ messageId: "byCidr", data: g.data, permission: g.permission });
  }
};
var admin_port_by_cidr_default = rule2;

// src/rules/admin-port-from-untrusted.ts
var ADMIN_PORTS = [...SSH_RDP_PORTS, { protocol: "tcp", ranges: portRanges(REMOTE_ADMIN_PORTS) }];
var rule3 = {
  meta: {
    name: "admin-port-from-untrusted",
    severity: "medium",
    title: "Administration port open to an untrusted public range",
    description: "Ingress to SSH (22), RDP (3389) or another remote-administration port (Telnet, VNC, WinRM, Docker, Kubernetes API, kubelet) from a public CIDR that is not in `trusted-cidrs`. While no `trusted-cidrs` are configured every public CIDR is reported. The whole internet is left to no-public-ssh, no-public-rdp and no-public-remote-admin.",
    why: "An office or partner address admitted once tends to outlive the office, the partner and the reason; a public range nobody vouches for may belong to anyone. Listing the ranges you trust makes every new one a reviewed decision.",
    fix: "Admit the port from a bastion's security group or a VPN instead, or, if the range is yours (an office or VPN egress address), add it to `trusted-cidrs` in the configuration.",
    references: [
      { title: "CIS AWS Foundations Benchmark 5.x: restrict remote server administration", url: "https://www.cisecurity.org/benchmark/amazon_web_services" },
      { title: "AWS Security Hub EC2.13 / EC2.14: restrict SSH and RDP", url: "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-13" },
      { title: "AWS Systems Manager Session Manager", url: "https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html" }
    ],
    messages: {
      untrusted: "{{group}} allows {{ports}} from {{peer}}, a public range that is not in trusted-cidrs",
      noneTrusted: "{{group}} allows {{ports}} from {{peer}}, a public range; no trusted-cidrs are configured to vouch for it"
    },
    // A wide range reported for the same permission (e.g. all traffic from an office range) says it already.
    supersededBy: "wide-port-range"
  },
  check(context) {
    for (const g of cidrGrants(context, ADMIN_PORTS, (c) => classifyCidr(c) !== "private")) {
      context.report({ messageId: g.trustedConfigured ? "untrusted" : "noneTrusted", data: g.data, permission: g.permission });
    }
  }
};
var admin_port_from_untrusted_default = rule3;

// src/rules/internet-rules.ts
var INTERNET_RULES = [
  "no-public-all-traffic",
  "no-public-database",
  "no-public-high-risk-port",
  "no-public-rdp",
  "no-public-remote-admin",
  "no-public-ssh"
];

// src/rules/backend-bypasses-load-balancer.ts
var rule4 = {
  meta: {
    name: "backend-bypasses-load-balancer",
    severity: "high",
    title: "Load-balancer target reachable from the internet directly",
    description: "A group whose resources are load-balancer targets (target-group attachments, auto scaling groups with target groups, ECS services with a load_balancer block, instances of a classic ELB) also accepts traffic from the whole internet directly, on any port.",
    why: "Behind a load balancer, instances should accept traffic only from the load balancer's security group. Direct internet access bypasses TLS termination, WAF rules, access logs and health-based routing, and exposes every target's address to scanners.",
    fix: "Replace the internet CIDR with the load balancer's security group (source_security_group_id / referenced_security_group_id), and keep the internet rules on the load balancer's own group.",
    references: [
      { title: "Elastic Load Balancing: security groups for your Application Load Balancer targets", url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-update-security-groups.html" },
      { title: "AWS Well-Architected, SEC05-BP01: create network layers", url: "https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/sec_network_protection_create_layers.html" }
    ],
    messages: {
      bypass: "{{group}} protects {{targets}}, behind {{loadBalancers}}, yet admits {{traffic}} from {{peer}}, the whole internet"
    },
    supersededBy: INTERNET_RULES
  },
  check(context) {
    const exposure2 = ingressExposure(context.model);
    const tiers = tierMap(context.model);
    const exposedOf = /* @__PURE__ */ new Map();
    for (const p of context.model.permissions) {
      if (p.direction !== "ingress" || p.securityGroup === null || !exposure2.has(p)) continue;
      const list = exposedOf.get(p.securityGroup);
      if (list) list.push(p);
      else exposedOf.set(p.securityGroup, [p]);
    }
    for (const group of context.model.groups) {
      if (!exposedOf.has(group.address)) continue;
      if ((tiers.get(group.address) ?? tiersOf(group)).includes("public-lb")) continue;
      const behind = loadBalancedResources(context.model, group);
      if (behind.length === 0) continue;
      const lbs = [...new Set(behind.flatMap((b) => b.loadBalancers))];
      for (const p of exposedOf.get(group.address) ?? []) {
        context.report({
          messageId: "bypass",
          data: {
            group: groupOf(p),
            targets: behind.map((b) => b.resource).slice(0, 3).join(", ") + (behind.length > 3 ? ", ..." : ""),
            loadBalancers: lbs.length > 0 ? lbs.join(", ") : "a load balancer",
            traffic: describeTraffic(p) ?? "",
            peer: describePeer(p.peer)
          },
          permission: p
        });
      }
    }
  }
};
var backend_bypasses_load_balancer_default = rule4;

// src/rules/database-admits-public-tier.ts
var rule5 = {
  meta: {
    name: "database-admits-public-tier",
    severity: "medium",
    title: "Database admits an internet-facing group",
    description: "A group attached to a database, cache or data store admits, by security-group reference, a group that itself accepts traffic from the whole internet: typically the load balancer instead of the application tier behind it.",
    why: "A database should accept only the tier that queries it. Admitting an internet-facing group puts the database one hop from the internet: anything that compromises the front tier (or a misrouted listener on the load balancer) can reach the data directly.",
    fix: "Admit the security group of the application or Lambda functions that query the database, not the load balancer or another internet-facing group.",
    references: [
      { title: "Amazon RDS: controlling access with security groups", url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.RDSSecurityGroups.html" },
      { title: "AWS Well-Architected, SEC05-BP01: create network layers", url: "https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/sec_network_protection_create_layers.html" }
    ],
    messages: {
      admits: "{{group}} protects a data store yet admits {{traffic}} from {{peer}}, which the internet reaches directly ({{exposed}})"
    }
  },
  check(context) {
    const tiers = tierMap(context.model);
    const exposure2 = ingressExposure(context.model);
    const exposedBy = /* @__PURE__ */ new Map();
    for (const p of exposure2.keys()) {
      if (!p.securityGroup) continue;
      exposedBy.set(p.securityGroup, [...exposedBy.get(p.securityGroup) ?? [], p]);
    }
    for (const p of context.model.permissions) {
      if (p.direction !== "ingress" || !p.securityGroup || p.peer.kind !== "security-group" || !p.peer.address) continue;
      if (!(tiers.get(p.securityGroup) ?? []).includes("database") || p.peer.address === p.securityGroup) continue;
      const exposed = exposedBy.get(p.peer.address);
      if (!exposed) continue;
      context.report({
        messageId: "admits",
        data: {
          group: groupOf(p),
          traffic: describeTraffic(p) ?? "",
          peer: p.peer.address,
          exposed: [...new Set(exposed.map((q) => describeTraffic(q) ?? ""))].join(", ")
        },
        permission: p
      });
    }
  }
};
var database_admits_public_tier_default = rule5;

// src/rules/database-by-cidr.ts
var PORTS = [{ protocol: "tcp", ranges: portRanges(DATABASE_PORTS) }];
var rule6 = {
  meta: {
    name: "database-by-cidr",
    severity: "medium",
    title: "Database port admitted by CIDR instead of a security group",
    description: "Ingress to a database, cache or search-engine port (the ports of no-public-database) from a CIDR, private or public, rather than from the security groups of the clients. Ranges in `trusted-cidrs` are not reported; the whole internet is left to no-public-database.",
    why: "A CIDR admits every workload that ever gets an address in it: a VPC or subnet range lets any compromised instance, container or Lambda function talk to the database directly. A security-group reference admits exactly the application tier and follows it through scaling and redeploys.",
    fix: "Replace the CIDR with the security groups of the application, Lambda functions or bastion that use the database (source_security_group_id / referenced_security_group_id, or security_groups in an inline block).",
    references: [
      { title: "Amazon RDS: controlling access with security groups", url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.RDSSecurityGroups.html" },
      { title: "Amazon VPC: security group rules that reference other security groups", url: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html" },
      { title: "AWS Security Hub EC2.19: security groups should not allow unrestricted access to ports with high risk", url: "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19" }
    ],
    messages: {
      byCidr: "{{group}} allows {{ports}} from {{peer}}; admit the clients' security groups instead of an address range"
    },
    // A wide range reported for the same permission (e.g. all traffic from the VPC) says it already.
    supersededBy: "wide-port-range"
  },
  check(context) {
    for (const g of cidrGrants(context, PORTS, () => true)) context.report({ messageId: "byCidr", data: g.data, permission: g.permission });
  }
};
var database_by_cidr_default = rule6;

// src/rules/default-sg-allows-traffic.ts
var DEFAULT_TYPE = "aws_default_security_group";
function typeOfAddress(address) {
  const names3 = (tokenize2(address) ?? []).flatMap((s) => s.kind === "name" ? [s.name] : []);
  return names3.length >= 2 ? names3[names3.length - 2] ?? null : null;
}
var rule7 = {
  meta: {
    name: "default-sg-allows-traffic",
    severity: "high",
    title: "Default security group allows traffic",
    description: "An `aws_default_security_group` (a VPC's default group) that keeps or is given any ingress or egress rule, inline or through a standalone rule resource.",
    why: "Anything launched without an explicit group lands in the VPC's default group; rules there silently apply to resources nobody meant to expose, and the default self-referencing rule lets all of them talk to each other. CIS asks for the default group of every VPC to restrict all traffic.",
    fix: "Manage the default group with `aws_default_security_group` and no ingress or egress blocks (Terraform then removes every rule), and give each resource a purpose-made group.",
    references: [
      { title: "AWS Security Hub EC2.2: VPC default security groups should not allow inbound or outbound traffic", url: "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-2" },
      { title: "CIS AWS Foundations Benchmark 5.4: ensure the default security group of every VPC restricts all traffic", url: "https://www.cisecurity.org/benchmark/amazon_web_services" },
      { title: "Terraform aws_default_security_group", url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_security_group" }
    ],
    messages: {
      ingress: "{{group}} is a default security group and allows {{traffic}} from {{peer}}; it should have no rules",
      egress: "{{group}} is a default security group and allows {{traffic}} to {{peer}}; it should have no rules"
    }
  },
  check(context) {
    const defaults2 = new Set(context.model.groups.filter((g) => g.type === DEFAULT_TYPE).map((g) => g.address));
    const known = new Set(context.model.groups.map((g) => g.address));
    for (const p of context.model.permissions) {
      const address = p.securityGroup;
      if (address === null || !(defaults2.has(address) || !known.has(address) && typeOfAddress(address) === DEFAULT_TYPE)) continue;
      context.report({
        messageId: p.direction,
        data: { group: groupOf(p), traffic: describeTraffic(p) ?? "", peer: describePeer(p.peer) },
        permission: p
      });
    }
  }
};
var default_sg_allows_traffic_default = rule7;

// src/rules/inline-and-standalone-rules.ts
var rule8 = {
  meta: {
    name: "inline-and-standalone-rules",
    severity: "high",
    title: "Inline rules mixed with standalone rule resources",
    description: "A security group whose configuration declares inline `ingress` or `egress` blocks (or attributes) while `aws_security_group_rule` or `aws_vpc_security_group_ingress_rule`/`_egress_rule` resources also add rules to it. Reported on each standalone rule resource.",
    why: "Terraform treats inline rules as the complete list for their direction: on every apply it removes the rules the standalone resources added, and the standalone resources add them back on the next one. Access flaps, plans never settle, and which rules are live depends on the order of applies.",
    fix: "Use one style per group: either every rule inline, or no `ingress`/`egress` in the group and every rule as an `aws_vpc_security_group_ingress_rule`/`_egress_rule` resource (the style the AWS provider recommends).",
    references: [
      { title: "Terraform aws_security_group: inline rules and rule resources must not be mixed", url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group" },
      { title: "Terraform aws_vpc_security_group_ingress_rule", url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_security_group_ingress_rule" }
    ],
    messages: {
      conflict: "{{resource}} adds {{direction}} rules to {{group}}, whose configuration also declares {{direction}} rules inline: each apply removes the other's rules",
      mixed: "{{resource}} adds rules to {{group}}, whose configuration also declares inline {{inline}} rules; Terraform does not support mixing the two"
    }
  },
  check(context) {
    const { model } = context;
    const targets = /* @__PURE__ */ new Map();
    const declaring = new Set(model.groups.filter((g) => g.declaresInline.ingress === true || g.declaresInline.egress === true).map((g) => g.address));
    const add = (group, resource, direction2) => {
      if (group === null || !declaring.has(group)) return;
      const byResource2 = targets.get(group) ?? /* @__PURE__ */ new Map();
      const directions = byResource2.get(resource) ?? /* @__PURE__ */ new Set();
      if (direction2) directions.add(direction2);
      byResource2.set(resource, directions);
      targets.set(group, byResource2);
    };
    for (const r of model.ruleResources) if (r.action !== "delete") add(r.securityGroup, r.address);
    for (const p of model.permissions) if (p.resource !== p.securityGroup) add(p.securityGroup, p.resource, p.direction);
    for (const g of model.groups) {
      const inline = ["ingress", "egress"].filter((d) => g.declaresInline[d] === true);
      const byResource2 = targets.get(g.address);
      if (inline.length === 0 || !byResource2) continue;
      for (const [resource, directions] of [...byResource2].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
        const clash = inline.find((d) => directions.has(d));
        context.report({
          messageId: clash ? "conflict" : "mixed",
          data: { resource, group: g.address, direction: clash ?? "", inline: inline.join(" and ") },
          securityGroup: g.address,
          resource,
          path: ""
        });
      }
    }
  }
};
var inline_and_standalone_rules_default = rule8;

// src/rules/missing-description.ts
var PROVIDER_DEFAULT_DESCRIPTION = "Managed by Terraform";
function isBlank2(text) {
  return text === null || text.trim() === "";
}
var rule9 = {
  meta: {
    name: "missing-description",
    severity: "low",
    title: "Security group or rule without a description",
    description: `A security group whose description is empty or the provider default "Managed by Terraform", or whose ingress/egress rules (inline blocks or standalone resources) have none: one finding per group, naming everything in it that lacks a description. The default VPC group's own description, which AWS sets, is not checked; a group description unknown until apply is not guessed.`,
    why: "The description is the only place the console, audits and the next engineer learn why a rule exists. Rules nobody can explain are the ones nobody dares to remove, so security groups only ever grow. A group's description also cannot be changed without replacing the group.",
    fix: 'Give every group a description that says what it protects, and every rule one that says who connects and why (e.g. "HTTPS from the public ALB").',
    references: [
      { title: "Amazon VPC: security group rules and their descriptions", url: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html" },
      { title: 'Terraform aws_security_group: description defaults to "Managed by Terraform"', url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group" }
    ],
    messages: {
      groupMissing: "{{group}} has no description{{rules}}",
      groupDefault: '{{group}} keeps the provider default description "Managed by Terraform"{{rules}}',
      rules: "{{group}} has {{count}} without a description: {{list}}"
    }
  },
  check(context) {
    const groups = new Map(context.model.groups.map((g) => [g.address, g]));
    const byRule = /* @__PURE__ */ new Map();
    for (const p of context.model.permissions) {
      const trimmed = p.description?.trim();
      if (trimmed !== void 0 && trimmed !== "" && trimmed !== PROVIDER_DEFAULT_DESCRIPTION) continue;
      const key2 = `${p.resource}|${p.path}`;
      const list = byRule.get(key2);
      if (list) list.push(p);
      else byRule.set(key2, [p]);
    }
    const byGroup = /* @__PURE__ */ new Map();
    for (const list of byRule.values()) {
      const sorted = [...list].sort((a, b) => peerKey(a.peer) < peerKey(b.peer) ? -1 : peerKey(a.peer) > peerKey(b.peer) ? 1 : 0);
      const p = sorted[0];
      const inPlan = p.securityGroup !== null && groups.has(p.securityGroup);
      const key2 = inPlan ? p.securityGroup : p.resource;
      const entry = byGroup.get(key2) ?? { resource: key2, securityGroup: p.securityGroup, rules: [] };
      entry.rules.push(sorted);
      byGroup.set(key2, entry);
    }
    for (const g of context.model.groups) {
      if (g.type !== "aws_security_group" || g.action === "delete" || g.description === null) continue;
      const messageId = isBlank2(g.description) ? "groupMissing" : g.description.trim() === PROVIDER_DEFAULT_DESCRIPTION ? "groupDefault" : null;
      if (!messageId) continue;
      const rules = byGroup.get(g.address)?.rules ?? [];
      byGroup.delete(g.address);
      const data = { group: g.address, rules: rules.length === 0 ? "" : `; ${rulesWords(rules)}` };
      context.report({ messageId, data, securityGroup: g.address, resource: g.address, path: "", formerly: rules.map((r) => r[0]) });
    }
    for (const entry of byGroup.values()) {
      const first = entry.rules[0]?.[0];
      const data = { group: groupOf(first), count: entry.rules.length === 1 ? "a rule" : `${entry.rules.length} rules`, list: listed(entry.rules) };
      context.report({ messageId: "rules", data, securityGroup: entry.securityGroup, resource: entry.resource, path: "", formerly: entry.rules.map((r) => r[0]) });
    }
  }
};
function ruleWords(rule20) {
  const p = rule20[0];
  return [p.direction, describeTraffic(p) ?? "", fromOrTo(p), rule20.map((q) => describePeer(q.peer)).join(", ")].filter(Boolean).join(" ");
}
var MAX_RULES_NAMED = 6;
function listed(rules) {
  const words = rules.slice(0, MAX_RULES_NAMED).map(ruleWords);
  if (rules.length > MAX_RULES_NAMED) words.push(`and ${rules.length - MAX_RULES_NAMED} more`);
  return words.join("; ");
}
function rulesWords(rules) {
  return `${rules.length === 1 ? "its rule has" : `its ${rules.length} rules have`} none either: ${listed(rules)}`;
}
var missing_description_default = rule9;

// src/rules/all-traffic.ts
function allTrafficMessages(preposition) {
  return {
    open: `{{group}} allows {{traffic}} ${preposition} {{peer}}, which is the whole internet`,
    openTogether: `{{group}} allows {{traffic}} ${preposition} {{peer}}, which with {{others}} covers the whole internet`
  };
}
function reportAllTrafficToInternet(context, direction2) {
  const candidates2 = context.model.permissions.filter((p) => p.direction === direction2 && isAllTraffic(p));
  for (const kind of ["all", "tcp", "udp"]) {
    for (const grant of internetGrants(candidates2.filter((p) => p.protocol === kind))) {
      const p = grant.permission;
      const others = (grant.together ?? []).map((q) => describePeer(q.peer)).join(", ");
      context.report({
        messageId: others ? "openTogether" : "open",
        data: { group: groupOf(p), traffic: describeTraffic(p) ?? "", peer: describePeer(p.peer), others },
        permission: p
      });
    }
  }
}

// src/rules/no-public-all-traffic.ts
var rule10 = {
  meta: {
    name: "no-public-all-traffic",
    severity: "critical",
    title: "All traffic open to the internet",
    description: 'Ingress from the whole internet for every protocol (-1 / "all"), or for every TCP or UDP port (0-65535).',
    why: "It exposes every service on the instance, including ones nobody meant to publish (admin consoles, debug ports, databases); least privilege starts by never doing this.",
    fix: "Open only the ports the service needs (usually 443, and 80 to redirect) to the internet, and admit everything else from security-group references.",
    references: [
      { title: "AWS Security Hub EC2.18: only authorized ports may accept unrestricted incoming traffic", url: "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-18" },
      { title: "AWS Well-Architected, SEC05: protect networks", url: "https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/protecting-networks.html" }
    ],
    messages: allTrafficMessages("from")
  },
  check(context) {
    reportAllTrafficToInternet(context, "ingress");
  }
};
var no_public_all_traffic_default = rule10;

// src/rules/peer-vpc-cidr-instead-of-sg.ts
var rule11 = {
  meta: {
    name: "peer-vpc-cidr-instead-of-sg",
    severity: "medium",
    title: "A whole VPC admitted by CIDR instead of security groups",
    description: "Ingress from a CIDR that covers the whole address range of a VPC in the plan, or of a VPC peered with it (aws_vpc, aws_vpc_peering_connection), where a security-group reference would admit only the workloads that need it.",
    why: "A VPC range admits every instance, container and function that ever runs in it; across a peering it opens the other account's or team's whole network. Security-group references (which work across peered VPCs in the same region) admit exactly the callers and follow them through redeploys.",
    fix: `Replace the VPC CIDR with the security groups of the callers (referenced_security_group_id / source_security_group_id; for a peered VPC in the same region, reference the peer's group as "account-id/sg-id"). If only a subnet needs access, narrow the CIDR to it.`,
    references: [
      { title: "Amazon VPC peering: update your security groups to reference peer security groups", url: "https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html" },
      { title: "Amazon VPC: security group rules", url: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html" }
    ],
    messages: {
      wholeVpc: "{{group}} admits {{traffic}} from {{peer}}, the whole of {{vpc}}; reference the security groups that need it",
      peeredVpc: "{{group}} admits {{traffic}} from {{peer}}, the whole of {{vpc}}, peered through {{peering}}; reference the peer's security groups"
    },
    // A wide range and database ports by CIDR are reported by their own rules already
    // (admin-port-by-cidr, lower in severity, gives way to this rule instead).
    supersededBy: ["wide-port-range", "database-by-cidr", "admin-port-from-untrusted"]
  },
  check(context) {
    const { vpcs, peerings } = context.model.network;
    const vpcRanges = vpcs.flatMap((v) => v.cidrs.map((c) => ({ vpc: v.address, cidr: parseCidr(c) })).filter((x) => x.cidr !== null));
    if (vpcRanges.length === 0) return;
    const exposure2 = ingressExposure(context.model);
    const vpcOf = /* @__PURE__ */ new Map();
    for (const g of context.model.groups) if (!vpcOf.has(g.address)) vpcOf.set(g.address, g.vpc);
    for (const p of context.model.permissions) {
      if (p.direction !== "ingress" || exposure2.has(p)) continue;
      const c = peerCidr(p.peer);
      if (!c || c.prefix === 0) continue;
      const own = (p.securityGroup === null ? void 0 : vpcOf.get(p.securityGroup)) ?? null;
      const peeringOf = (vpc) => vpc === own ? void 0 : peerings.find((x) => x.vpcs.includes(vpc) && (own === null || x.vpcs.includes(own)));
      const coveredAll = vpcRanges.filter((v) => cidrWithin(v.cidr, [c]));
      const covered = coveredAll.find((v) => peeringOf(v.vpc)) ?? coveredAll[0];
      if (!covered) continue;
      const peering = peeringOf(covered.vpc);
      context.report({
        messageId: peering ? "peeredVpc" : "wholeVpc",
        data: { group: groupOf(p), traffic: describeTraffic(p) ?? "", peer: describePeer(p.peer), vpc: covered.vpc, peering: peering?.address ?? "" },
        permission: p
      });
    }
  }
};
var peer_vpc_cidr_instead_of_sg_default = rule11;

// src/rules/private-tier-unrestricted-egress.ts
var EGRESS_TIERS = /* @__PURE__ */ new Set(["database", "lambda"]);
var rule12 = {
  meta: {
    name: "private-tier-unrestricted-egress",
    severity: "low",
    title: "Database or Lambda group with unrestricted egress",
    description: "A group attached to a database, cache or data store, or to Lambda functions, allows all traffic (every protocol, or every TCP or UDP port) out to the whole internet.",
    why: "Data stores rarely need to start connections to the internet, and a Lambda function usually needs a handful of AWS APIs. Unrestricted egress is the path a compromised function or a malicious stored procedure uses to exfiltrate data.",
    fix: "Restrict egress to what the tier calls: AWS services through VPC endpoints or their prefix lists, other tiers by security group, and 443 to named destinations only where needed.",
    references: [
      { title: "AWS Lambda: VPC networking and security groups", url: "https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html" },
      { title: "AWS Well-Architected, SEC05: protect networks", url: "https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/protecting-networks.html" }
    ],
    messages: {
      egress: "{{group}} protects {{tier}} yet allows {{traffic}} to {{peer}}, the whole internet"
    }
  },
  check(context) {
    const tiers = tierMap(context.model);
    const candidates2 = context.model.permissions.filter((p) => p.direction === "egress" && isAllTraffic(p) && p.securityGroup);
    for (const kind of ["all", "tcp", "udp"]) {
      for (const { permission: p } of internetGrants(candidates2.filter((q) => q.protocol === kind))) {
        const private_ = (tiers.get(p.securityGroup ?? "") ?? []).filter((t) => EGRESS_TIERS.has(t));
        if (private_.length === 0) continue;
        context.report({
          messageId: "egress",
          data: { group: groupOf(p), tier: private_.map((t) => TIER_WORDS[t]).join(" and "), traffic: describeTraffic(p) ?? "", peer: describePeer(p.peer) },
          permission: p
        });
      }
    }
  }
};
var private_tier_unrestricted_egress_default = rule12;

// src/rules/public-ingress-to-private-tier.ts
var rule13 = {
  meta: {
    name: "public-ingress-to-private-tier",
    severity: "high",
    title: "Internet ingress to a private tier",
    description: "Ingress from the whole internet, on any port, to a group attached to a tier that should never face the internet: a database, cache or data store, an internal load balancer, Lambda functions or ECS tasks. Tiers are inferred from the resources the plan attaches to the group.",
    why: "Only the public load balancer should face the internet; everything behind it should accept traffic from the tier in front of it. A private tier reachable from the internet skips every control the front tier applies (TLS termination, WAF, authentication) and is found by scanners within hours.",
    fix: "Remove the internet CIDR and admit the tier in front by its security group (the load balancer for an internal service, the application or Lambda group for a database).",
    references: [
      { title: "AWS Well-Architected, SEC05-BP01: create network layers", url: "https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/sec_network_protection_create_layers.html" },
      { title: "Amazon VPC: security group rules that reference other security groups", url: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html" }
    ],
    messages: {
      open: "{{group}} protects {{tier}} ({{resources}}) yet admits {{traffic}} from {{peer}}, the whole internet"
    },
    supersededBy: INTERNET_RULES
  },
  check(context) {
    const tiers = tierMap(context.model);
    const exposure2 = ingressExposure(context.model);
    for (const p of context.model.permissions) {
      if (p.direction !== "ingress" || !exposure2.has(p) || !p.securityGroup) continue;
      const privateTiers = (tiers.get(p.securityGroup) ?? []).filter((t) => PRIVATE_TIERS.has(t));
      if (privateTiers.length === 0) continue;
      const group = context.model.groups.find((g) => g.address === p.securityGroup);
      const resources = (group?.attachments ?? []).map((a) => a.resource);
      context.report({
        messageId: "open",
        data: {
          group: groupOf(p),
          tier: privateTiers.map((t) => TIER_WORDS[t]).join(" and "),
          resources: [...new Set(resources)].slice(0, 3).join(", ") + (resources.length > 3 ? ", ..." : ""),
          traffic: describeTraffic(p) ?? "",
          peer: describePeer(p.peer)
        },
        permission: p
      });
    }
  }
};
var public_ingress_to_private_tier_default = rule13;

// src/rules/unknown-peer.ts
var rule14 = {
  meta: {
    name: "unknown-peer",
    severity: "info",
    title: "Peer unknown until apply",
    description: "A permission whose source (ingress) or destination (egress) is not known until apply and could not be traced through the configuration, or is not a valid address at all.",
    why: "sg-guard cannot prove such a rule safe: a CIDR computed at apply time may turn out to be 0.0.0.0/0. It is reported so that it is reviewed, not silently passed.",
    fix: "Reference the security group or CIDR directly (a resource attribute or a variable with a known value), or review the value in the applied plan.",
    references: [{ title: "Terraform: values known only after apply", url: "https://developer.hashicorp.com/terraform/internals/json-format#change-representation" }],
    messages: {
      unknown: "{{group}} {{direction}} {{traffic}}: the {{what}} is unknown until apply ({{attribute}})",
      invalid: "{{group}} {{direction}} {{traffic}}: {{attribute}} is not a valid peer ({{reason}})"
    }
  },
  check(context) {
    for (const p of context.model.permissions) {
      if (p.peer.kind !== "unknown") continue;
      context.report({
        messageId: p.peer.reason ? "invalid" : "unknown",
        data: {
          group: groupOf(p),
          direction: p.direction,
          traffic: describeTraffic(p) ?? "",
          what: p.direction === "ingress" ? "source" : "destination",
          attribute: p.peer.attribute,
          reason: p.peer.reason ?? ""
        },
        permission: p
      });
    }
  }
};
var unknown_peer_default = rule14;

// src/rules/unknown-port.ts
var rule15 = {
  meta: {
    name: "unknown-port",
    severity: "medium",
    title: "Ports or protocol unknown until apply",
    description: "A permission whose protocol, or whose TCP/UDP ports, are not known until apply, are missing, or are no range AWS accepts (from_port above to_port). Reported at high severity when the peer is the whole internet.",
    why: "sg-guard cannot prove such a rule safe: a port computed at apply time (say, from another resource's attribute) may turn out to be 22 or 3389, and a protocol may turn out to be all traffic. It is reported so that it is reviewed, not silently passed.",
    fix: "Write the ports and protocol as known values (literals or variables with known values), or review the values in the applied plan; a reversed range must be written low to high.",
    references: [{ title: "Terraform: values known only after apply", url: "https://developer.hashicorp.com/terraform/internals/json-format#change-representation" }],
    messages: {
      ports: "{{group}} {{direction}} {{traffic}} {{fromOrTo}} {{peer}}: the ports are unknown until apply",
      protocol: "{{group}} {{direction}} {{fromOrTo}} {{peer}}: the protocol is unknown until apply, so it may be all traffic",
      invalid: "{{group}} {{direction}} {{fromOrTo}} {{peer}}: {{problem}}, which AWS refuses; the ports are unknown"
    }
  },
  check(context) {
    for (const p of context.model.permissions) {
      if (p.peer.kind === "unknown") continue;
      const protocolUnknown = p.protocol === "unknown";
      if (!protocolUnknown && !(hasPorts(p.protocol) && (p.fromPort === null || p.toPort === null))) continue;
      context.report({
        messageId: protocolUnknown ? "protocol" : p.portsProblem ? "invalid" : "ports",
        data: {
          group: groupOf(p),
          direction: p.direction,
          traffic: describeTraffic(p) ?? "",
          fromOrTo: fromOrTo(p),
          peer: describePeer(p.peer),
          problem: p.portsProblem ?? ""
        },
        permission: p,
        ...isWholeInternet(p.peer) ? { severity: "high" } : {}
      });
    }
  }
};
var unknown_port_default = rule15;

// src/rules/unrestricted-egress.ts
var rule16 = {
  meta: {
    name: "unrestricted-egress",
    severity: "low",
    title: "All outbound traffic to the internet",
    description: "Egress of all traffic (protocol -1, or every TCP or UDP port) to the whole internet (0.0.0.0/0, ::/0, or CIDRs that add up to it): the AWS default, which Terraform removes unless the configuration writes it back.",
    why: "Unrestricted egress is how a compromised host downloads tooling, reaches its command-and-control server and exfiltrates data. Most workloads need a few destinations (AWS APIs through VPC endpoints, a package mirror, 443 to a handful of services).",
    fix: "Allow only the egress the workload needs: 443 to the internet or to prefix lists of AWS services, the database and cache ports to their security groups; route AWS API calls through VPC endpoints.",
    references: [
      { title: "AWS Well-Architected, SEC05: protect networks", url: "https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/protecting-networks.html" },
      { title: "Amazon VPC: security group rules (outbound)", url: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html" },
      { title: "Terraform aws_security_group: the default egress rule", url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group" }
    ],
    messages: allTrafficMessages("to"),
    // For a database or Lambda group the tier-aware rule says it with more context.
    supersededBy: "private-tier-unrestricted-egress",
    // It is AWS's own default on every group: reported on every pull request, it drowned what the
    // pull request did. The risky case, a private tier (database, Lambda) open outward, is
    // private-tier-unrestricted-egress, which stays on.
    enabledByDefault: false
  },
  check(context) {
    reportAllTrafficToInternet(context, "egress");
  }
};
var unrestricted_egress_default = rule16;

// src/rules/unused-security-group.ts
var CHANGED = { create: "created", update: "changed", replace: "replaced" };
function names(peer) {
  if (peer.kind !== "security-group") return [];
  return [peer.address, peer.id, ...peer.candidates ?? []].filter((n) => n !== null && n !== void 0);
}
var rule17 = {
  meta: {
    name: "unused-security-group",
    severity: "info",
    title: "Security group that nothing uses",
    description: "A security group that the plan creates, changes or replaces, that no resource in the plan attaches (instances, load balancers, databases, functions, launch templates, ...) and that no other group's rule references as a peer.",
    why: "Unused groups pile up, and their rules still look like live access in audits; they also hint at a mistake, such as a group created for an instance that still uses the old one. sg-guard only sees this plan: a group attached from another stack, or by a resource type it does not know, shows up here too, hence the low severity.",
    fix: "Attach the group where it was meant to go, reference it from the rules that should admit it, or remove it.",
    references: [
      { title: "AWS Security Hub EC2.22: unused EC2 security groups should be removed", url: "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-22" },
      { title: "Amazon VPC: security groups", url: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html" }
    ],
    messages: {
      unused: "{{group}} is {{action}} by this plan, but no resource in it attaches the group and no rule references it"
    }
  },
  check(context) {
    const referenced = /* @__PURE__ */ new Set();
    for (const p of context.model.permissions) {
      if (p.peer.kind !== "security-group") continue;
      for (const name2 of names(p.peer)) if (name2 !== p.securityGroup && name2 !== p.securityGroupId) referenced.add(name2);
    }
    for (const g of context.model.groups) {
      if (g.type !== "aws_security_group" || g.attachments.length > 0) continue;
      if (g.action !== "create" && g.action !== "update" && g.action !== "replace") continue;
      if (referenced.has(g.address) || g.id !== null && referenced.has(g.id)) continue;
      context.report({ messageId: "unused", data: { group: g.address, action: CHANGED[g.action] }, securityGroup: g.address, resource: g.address, path: "" });
    }
  }
};
var unused_security_group_default = rule17;

// src/rules/wide-port-range.ts
var rule18 = {
  meta: {
    name: "wide-port-range",
    severity: "medium",
    title: "Wide port range admitted from an address range",
    description: "Ingress from a CIDR, private or public, to a TCP or UDP range of more than `max-port-range` ports (100 unless configured), or to all traffic (protocol -1). Ranges from security groups, prefix lists and self are not reported.",
    why: "A service listens on a handful of ports; a range of thousands admits whatever else happens to listen (debug servers, admin consoles, ephemeral services), now and after every deploy, and usually means nobody knew which ports were needed.",
    fix: "Open only the ports the service uses, one rule per port or small range; if a peer needs broad access, admit its security group rather than an address range.",
    references: [
      { title: "AWS Well-Architected, SEC05: protect networks", url: "https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/protecting-networks.html" },
      { title: "Amazon VPC: security group rules", url: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html" }
    ],
    messages: {
      wide: "{{group}} allows {{traffic}} ({{count}} ports) from {{peer}}, more than the {{max}} of max-port-range",
      allTraffic: "{{group}} allows all traffic (every port of every protocol) from {{peer}}, more than the {{max}} ports of max-port-range"
    },
    // A range open to the whole internet is reported, port by port, by the no-public-* rules and
    // public-port-not-allowed; saying "wide range" too would be one more finding for one permission.
    supersededBy: [...INTERNET_RULES, "public-port-not-allowed"]
  },
  check(context) {
    const max = option(context.options, "max-port-range", readMaxPortRange, DEFAULT_MAX_PORT_RANGE);
    for (const p of context.model.permissions) {
      if (p.direction !== "ingress" || p.peer.kind !== "cidr") continue;
      const range2 = permissionRange(p);
      if (!range2 || rangeSize(range2) <= max) continue;
      context.report({
        messageId: p.protocol === "all" ? "allTraffic" : "wide",
        data: { group: groupOf(p), traffic: describeTraffic(p) ?? "", count: rangeSize(range2), peer: describePeer(p.peer), max },
        permission: p
      });
    }
  }
};
var wide_port_range_default = rule18;

// src/rules/wide-public-cidr.ts
var rule19 = {
  meta: {
    name: "wide-public-cidr",
    severity: "medium",
    title: "Ingress from a wide public address range",
    description: "Ingress from a public CIDR (neither private nor the whole internet) with a shorter prefix than `max-public-prefix`: wider than /24 for IPv4 or /56 for IPv6 unless configured. Ranges in `trusted-cidrs` and CIDRs that together cover the whole internet (those are the internet rules' business) are not reported.",
    why: `A /16 of someone else's addresses is 65,536 hosts you do not control: usually a typo for a private range, a whole cloud provider's or ISP's block admitted "to be safe", or a stand-in for the internet that no scanner flags.`,
    fix: "Narrow the range to the addresses that really connect (an office egress IP, a partner's /28), admit a security group or a managed prefix list instead, or, if the range is yours, list it in `trusted-cidrs`.",
    references: [
      { title: "Amazon VPC: security group rules (sources and destinations)", url: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html" },
      { title: "AWS Well-Architected, SEC05: protect networks", url: "https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/protecting-networks.html" },
      { title: "RFC 1918: address allocation for private internets", url: "https://www.rfc-editor.org/rfc/rfc1918" }
    ],
    messages: {
      wide: "{{group}} allows {{traffic}} from {{peer}}, a public range wider than /{{max}} (max-public-prefix for IPv{{family}})"
    }
  },
  check(context) {
    const max = option(context.options, "max-public-prefix", readMaxPublicPrefix, { ...DEFAULT_MAX_PUBLIC_PREFIX });
    const trusted = option(context.options, "trusted-cidrs", readTrustedCidrs, []);
    const ingress = context.model.permissions.filter((p) => p.direction === "ingress" && p.peer.kind === "cidr");
    const internet = ingressExposure(context.model);
    for (const p of ingress) {
      const c = peerCidr(p.peer);
      if (!c || classifyCidr(c) !== "public" || internet.has(p)) continue;
      const limit = c.family === 4 ? max.ipv4 : max.ipv6;
      if (c.prefix >= limit || cidrWithin(c, trusted)) continue;
      context.report({
        messageId: "wide",
        data: { group: groupOf(p), traffic: describeTraffic(p) ?? "", peer: describePeer(p.peer), max: limit, family: c.family },
        permission: p
      });
    }
  }
};
var wide_public_cidr_default = rule19;

// src/rules/index.ts
var RULES = [
  admin_port_by_cidr_default,
  admin_port_from_untrusted_default,
  backend_bypasses_load_balancer_default,
  database_admits_public_tier_default,
  database_by_cidr_default,
  default_sg_allows_traffic_default,
  inline_and_standalone_rules_default,
  missing_description_default,
  no_public_all_traffic_default,
  no_public_database_default,
  no_public_high_risk_port_default,
  no_public_rdp_default,
  no_public_remote_admin_default,
  no_public_ssh_default,
  peer_vpc_cidr_instead_of_sg_default,
  private_tier_unrestricted_egress_default,
  public_ingress_to_private_tier_default,
  public_port_not_allowed_default,
  unknown_peer_default,
  unknown_port_default,
  unrestricted_egress_default,
  unused_security_group_default,
  wide_port_range_default,
  wide_public_cidr_default
];
function ruleByName(name2) {
  return RULES.find((r) => r.meta.name === name2);
}

// src/check.ts
async function loadModel(path2, options) {
  const plan = await loadPlan(path2, options);
  return {
    model: buildModel(plan),
    notices: plan.notices.map((n) => `${path2 === "-" ? "stdin" : path2}: ${n}`),
    plan: { path: plan.path, configuration: plan.json.configuration?.root_module }
  };
}
function rootDirectory(path2, request) {
  if (request.root === false) return planLabel(path2, process.cwd());
  const dir = resolve3(request.root ?? (path2 === "-" ? "." : dirname2(path2)));
  return relative3(resolve3(request.repoRoot ?? process.cwd()), dir).split(sep4).join("/") || ".";
}
function evaluateByRoot(models, options, scoped, roots2) {
  if (scoped.length === 0) return evaluate(models, options);
  const compiled = scoped.map((s) => ({ ...s, inRoot: rootMatcher(s.roots) }));
  const parts2 = models.map((model) => {
    const root = roots2.get(model.plan.path) ?? planLabel(model.plan.path);
    const settings = { ...options.settings };
    for (const s of compiled) {
      if (!s.inRoot(root)) continue;
      settings[s.rule] = { ...settings[s.rule], enabled: s.enabled, ...s.severity ? { severity: s.severity } : {} };
    }
    return evaluate([model], { ...options, settings });
  });
  const findings = parts2.flatMap((p) => p.findings).sort(compareFindings);
  const first = parts2[0] ?? evaluate([], options);
  return { ...first, plans: parts2.flatMap((p) => p.plans), findings, summary: summarise(findings, options.failOn, options.failOnScope ?? "all") };
}
async function runCheck(request) {
  if (request.root !== false) void loadHclParser();
  const config = request.config ?? await loadConfig(request.configPath ?? DEFAULT_CONFIG_PATH, RULES, request.configPath !== void 0);
  const notices = [];
  const models = [];
  const plans = [];
  for (const path2 of request.plans) {
    const loaded = await loadModel(path2, { ...request.load, ...request.stdin ? { stdin: request.stdin } : {} });
    notices.push(...loaded.notices);
    plans.push(loaded.plan);
    models.push(loaded.model);
  }
  const failOn = request.failOn ?? config.failOn ?? DEFAULT_FAIL_ON;
  const rules = rulesInForce(RULES, config.customRules ?? []);
  const failOnScope = request.failOnScope ?? config.failOnScope ?? "all";
  const roots2 = new Map(plans.map((p) => [p.path, rootDirectory(p.path, request)]));
  const report = evaluateByRoot(models, { failOn, failOnScope, rules, settings: config.settings }, config.rootSettings ?? [], roots2);
  for (const entry of report.plans) entry.label = planLabel(entry.path, process.cwd());
  const sources = /* @__PURE__ */ new Map();
  if (request.root !== false) {
    for (const [i2, plan] of plans.entries()) {
      const root = request.root ?? (plan.path === "-" ? "." : dirname2(plan.path));
      const index = await loadSources(root, plan.configuration, request.repoRoot);
      if (request.root === void 0 && index.modules[0]?.kind !== "local") continue;
      report.findings = locateFindings(report.findings, index, plan.path);
      sources.set(plan.path, index);
      const entry = report.plans[i2];
      if (entry) {
        entry.sourceRoot = index.root;
        entry.sourceErrors = index.unreadable.map((u) => ({ file: u.file, reason: u.reason }));
      }
    }
  }
  const suppressed = applySuppressions(report, { exceptions: config.exceptions ?? [], today: /* @__PURE__ */ new Date(), sources, roots: roots2, rules: rules.map((r) => r.meta.name) });
  const findings = uniqueIds(mergeAcrossPlans(suppressed.findings));
  const final = { ...suppressed, findings, summary: summarise(findings, failOn, failOnScope) };
  return { report: final, rules, models, notices, config };
}

// src/review/diff.ts
var HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
function parsePatch(patch) {
  const hunks = [];
  let hunk = null;
  let next = 0;
  let deletionPending = false;
  const closePending = () => {
    if (hunk && deletionPending && next - 1 >= hunk.start) mark(hunk, next - 1);
    deletionPending = false;
  };
  for (const raw of patch.split("\n")) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const header = HUNK_HEADER.exec(line);
    if (header) {
      closePending();
      const start2 = Number(header[1]);
      const count = header[2] === void 0 ? 1 : Number(header[2]);
      hunk = count === 0 ? { start: start2 + 1, end: start2, changed: [] } : { start: start2, end: start2 + count - 1, changed: [] };
      hunks.push(hunk);
      next = hunk.start;
      continue;
    }
    if (!hunk) continue;
    const kind = line[0];
    if (kind === "+") {
      mark(hunk, next);
      deletionPending = false;
      next += 1;
    } else if (kind === "-") {
      deletionPending = true;
    } else if (kind === " " || line === "") {
      if (line === "" && next > hunk.end) continue;
      if (deletionPending) mark(hunk, next);
      deletionPending = false;
      next += 1;
    }
  }
  closePending();
  return hunks;
}
function mark(hunk, line) {
  if (line < hunk.start || line > hunk.end) return;
  if (hunk.changed[hunk.changed.length - 1] !== line) hunk.changed.push(line);
}
function parseUnifiedDiff(text) {
  const files = /* @__PURE__ */ new Map();
  const lines = text.split("\n");
  let path2 = null;
  let body2 = [];
  const flush = () => {
    if (path2 !== null) files.set(path2, [...files.get(path2) ?? [], ...parsePatch(body2.join("\n"))]);
    path2 = null;
    body2 = [];
  };
  for (let i2 = 0; i2 < lines.length; i2++) {
    const line = (lines[i2] ?? "").replace(/\r$/, "");
    if (line.startsWith("diff --git ")) {
      flush();
      continue;
    }
    if (line.startsWith("--- ") && (lines[i2 + 1] ?? "").startsWith("+++ ")) {
      flush();
      const target = (lines[i2 + 1] ?? "").slice(4).replace(/\r$/, "").replace(/\t.*$/, "");
      i2 += 1;
      path2 = target === "/dev/null" ? null : stripPrefix(unquote(target));
      continue;
    }
    if (path2 !== null) body2.push(line);
  }
  flush();
  return files;
}
function unquote(path2) {
  if (!(path2.startsWith('"') && path2.endsWith('"'))) return path2;
  try {
    return JSON.parse(path2);
  } catch {
    return path2.slice(1, -1);
  }
}
function stripPrefix(path2) {
  return /^[ab]\//.test(path2) ? path2.slice(2) : path2;
}
function anchorFor(diff, location) {
  const hunks = diff.get(location.file);
  if (!hunks) return null;
  for (const hunk of hunks) {
    const touched = hunk.changed.some((l) => l >= location.line && l <= location.endLine);
    if (!touched) continue;
    const start2 = Math.max(location.line, hunk.start);
    const end = Math.min(location.endLine, hunk.end);
    return start2 < end ? { path: location.file, startLine: start2, line: end } : { path: location.file, line: end };
  }
  return null;
}

// src/report/common.ts
function ruleDocsUrl(ruleName) {
  return `${TOOL_URI}/blob/main/docs/rules/${encodeURIComponent(ruleName)}.md`;
}
function ruleText(rule20, text) {
  return rule20.custom ? escapeMarkdown(text) : text;
}
function hasRulePage(name2) {
  return ruleByName(name2) !== void 0;
}
function isBlocking(report) {
  return report.failOn !== "never" && report.summary.blocking > 0;
}
function cap(text, max) {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}\u2026` : text;
}
function sortFindings(findings) {
  return [...findings].sort(compareFindings);
}
function findingLocation(finding) {
  return finding.path ? `${finding.resource}.${finding.path}` : finding.resource;
}
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
function formatCounts(summary) {
  const parts2 = SEVERITIES.filter((s) => summary[s] > 0).map((s) => `${summary[s]} ${s}`);
  return parts2.length > 0 ? parts2.join(", ") : "no findings";
}
function totalFindings(summary) {
  return SEVERITIES.reduce((sum, s) => sum + summary[s], 0);
}
var SEVERITY_LABELS = {
  critical: "Critical",
  high: "High",
  medium: "Medium",
  low: "Low",
  info: "Info"
};

// src/rules/types.ts
function isRuleName(name2) {
  return /^[a-z0-9]+(?:-[a-z0-9]+){0,20}$/.test(name2);
}

// src/lib/services.ts
var SERVICES = [
  ["FTP", 20, 21],
  ["SSH", 22, 22],
  ["Telnet", 23, 23],
  ["SMTP", 25, 25],
  ["DNS", 53, 53],
  ["Microsoft RPC", 135, 135],
  ["NetBIOS", 137, 139],
  ["SNMP", 161, 161],
  ["LDAP", 389, 389],
  ["SMB", 445, 445],
  ["MS SQL", 1433, 1433],
  ["Oracle", 1521, 1522],
  ["NFS", 2049, 2049],
  ["Docker", 2375, 2376],
  ["MySQL", 3306, 3306],
  ["RDP", 3389, 3389],
  ["PostgreSQL", 5432, 5432],
  ["VNC", 5900, 5903],
  ["WinRM", 5985, 5986],
  ["Redis", 6379, 6379],
  ["Kubernetes API", 6443, 6443],
  ["Cassandra", 9042, 9042],
  ["Elasticsearch", 9200, 9200],
  ["kubelet", 10250, 10250],
  ["memcached", 11211, 11211],
  ["MongoDB", 27017, 27019]
];
function servicesIn(from, to, max = 8) {
  const found = SERVICES.filter(([, lo, hi]) => lo >= from && hi <= to).map(([name2, lo, hi]) => `${name2} ${lo === hi ? lo : `${lo}-${hi}`}`);
  return found.length > max ? [...found.slice(0, max), `and ${found.length - max} more`] : found;
}

// src/review/markers.ts
var PREFIX = "sg-guard:";
function encodeContext(context) {
  return encodeURIComponent(context);
}
function decodeContext(encoded) {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}
function findingMarker(id) {
  return `<!-- ${PREFIX}finding ${id} -->`;
}
function contextMarker(context) {
  return `<!-- ${PREFIX}context ${encodeContext(context)} -->`;
}
function summaryMarker(context) {
  return `<!-- ${PREFIX}summary ${encodeContext(context)} -->`;
}
function reviewMarker(context) {
  return `<!-- ${PREFIX}review ${encodeContext(context)} -->`;
}
var FIXED_MARKER = `<!-- ${PREFIX}fixed -->`;
function alsoMarker(ids) {
  return `<!-- ${PREFIX}also ${ids.join(",")} -->`;
}
var HEAD_RE = /^<!-- sg-guard:finding ([0-9A-Za-z_.:-]{1,80}) -->\r?\n<!-- sg-guard:context (\S{1,1000}) -->(\r?\n<!-- sg-guard:fixed -->)?(?:\r?\n<!-- sg-guard:also ([0-9a-f,]{1,2000}) -->)?(?:\r?\n|$)/;
function parseFindingComment(body2) {
  const head = body2 ? HEAD_RE.exec(body2) : null;
  if (!head?.[1] || !head[2]) return null;
  const context = decodeContext(head[2]);
  if (context === null) return null;
  return { findingId: head[1], context, fixed: head[3] !== void 0, also: head[4] ? head[4].split(",").filter(Boolean) : [] };
}
function isSummaryComment(body2, context) {
  return Boolean(body2?.startsWith(summaryMarker(context)));
}
function isOwnReview(body2, context) {
  return Boolean(body2?.startsWith(reviewMarker(context)));
}
function stripMarkers(body2) {
  return body2.split("\n").filter((line) => !/^<!-- sg-guard:[a-z]+(?: \S+)? -->$/.test(line)).join("\n").trim();
}

// src/review/comments.ts
var GITHUB_BODY_LIMIT = 65536;
var STATUS_DESCRIPTION_LIMIT = 140;
var MAX_LISTED2 = 30;
var MAX_VALUE_LENGTH = 300;
var MAX_PLACES_NAMED = 10;
var SEVERITY_ICONS = {
  critical: "\u{1F534}",
  high: "\u{1F7E0}",
  medium: "\u{1F7E1}",
  low: "\u{1F535}",
  info: "\u26AA"
};
function cap2(text, max = MAX_VALUE_LENGTH) {
  return cap(text, max);
}
function code(text) {
  return inlineCode(cap2(text)) || "\u2014";
}
function title(f, rule20) {
  return rule20 && !rule20.custom ? rule20.title : escapeMarkdown(cap2(rule20?.title ?? f.title));
}
function ruleRef(f) {
  return hasRulePage(f.rule) ? `[\`${f.rule}\`](${ruleDocsUrl(f.rule)})` : code(f.rule);
}
function whereText(f) {
  if (!f.location) return findingLocation(f);
  const { file, line, endLine } = f.location;
  return endLine > line ? `${file}:${line}-${endLine}` : `${file}:${line}`;
}
function findingListItem(f) {
  const where2 = f.location ? `${code(whereText(f))} ${code(findingLocation(f))}` : `${code(findingLocation(f))} (no source line)`;
  return `- ${SEVERITY_ICONS[f.severity]} **${SEVERITY_LABELS[f.severity]}** ${ruleRef(f)} ${where2}: ${escapeMarkdown(cap2(f.message, 200))}`;
}
function findingList(findings, max = MAX_LISTED2, more = "see the summary comment") {
  const items = findings.slice(0, max).map(findingListItem);
  if (findings.length > max) items.push(`- \u2026 and ${plural(findings.length - max, "more finding")}; ${more}.`);
  return items.join("\n");
}
function exposure(f, names3) {
  const lines = [];
  lines.push(`- **Security group:** ${f.securityGroup === null ? "_not known until apply_" : code(f.securityGroup)}`);
  const traffic2 = describeTraffic(f);
  if (traffic2) {
    const words = [f.direction ?? "", escapeMarkdown(traffic2)];
    if (f.peer !== null) words.push(f.direction === "egress" ? "to" : "from", code(f.peer));
    lines.push(`- **Allows:** ${words.filter(Boolean).join(" ")}`);
  }
  const others = otherPlaces(f);
  lines.push(`- **Granted by:** ${code(findingLocation(f))}${others.length > 0 ? ` in ${code(planName(names3, f.plan))}` : ""}`);
  if (others.length > 0) {
    const listed2 = others.slice(0, MAX_PLACES_NAMED).map((p) => `${code(planName(names3, p.plan))}${p.resource === f.resource ? "" : ` (${code(p.resource)})`}`);
    const more = others.length > listed2.length ? ` and ${others.length - listed2.length} more` : "";
    lines.push(`- **Also in:** ${listed2.join(", ")}${more} (the same lines, used by ${plural(others.length + 1, "plan")})`);
  }
  return lines;
}
function inlineCommentBody(f, rule20, context, tool, names3 = /* @__PURE__ */ new Map(), options = {}) {
  const also = options.also ?? [];
  const parts2 = [
    `${findingMarker(f.id)}
${contextMarker(context)}${also.length > 0 ? `
${alsoMarker(also.map((a) => a.id))}` : ""}`,
    `${SEVERITY_ICONS[f.severity]} **${SEVERITY_LABELS[f.severity]}: ${title(f, rule20)}** \xB7 ${ruleRef(f)}`,
    escapeMarkdown(cap2(f.message, 1e3)) + (f.change === "unchanged" ? "\n\n_Already there before this pull request: the plan keeps it, or narrows it._" : ""),
    exposure(f, names3).join("\n")
  ];
  if (also.length > 0) {
    const items = [f, ...also].map((a) => `- ${SEVERITY_ICONS[a.severity]} **${SEVERITY_LABELS[a.severity]}** ${ruleRef(a)}: ${escapeMarkdown(cap2(a.message, 300))} \xB7 ${code(a.id)}`);
    parts2.push([`**This block trips ${plural(also.length + 1, "rule")}** (one finding id each, so each can be accepted on its own):`, "", ...items].join("\n"));
    const services = f.fromPort !== null && f.toPort !== null && f.toPort > f.fromPort ? servicesIn(f.fromPort, f.toPort) : [];
    if (services.length > 1) parts2.push(`${escapeMarkdown(`${f.fromPort}-${f.toPort}/${f.protocol ?? ""}`)} includes ${services.join(", ")}.`);
  }
  if (f.waiverRequest && !f.suppression) parts2.push(waiverRequestText(f, f.waiverRequest));
  if (rule20) parts2.push(`**Why it matters.** ${ruleText(rule20, rule20.why)}`, `**How to fix.** ${ruleText(rule20, rule20.fix)}`);
  if (isRuleName(f.rule) && !(f.waiverRequest && !f.suppression)) parts2.push(acceptTheRisk(f, options.inlineIgnores ?? "trust"));
  const doc = hasRulePage(f.rule) ? ` \xB7 [rule documentation](${ruleDocsUrl(f.rule)})` : "";
  parts2.push(`<sub>Finding ${code(f.id)}${doc} \xB7 ${escapeMarkdown(`${tool.name} ${tool.version}`)}</sub>`);
  return parts2.join("\n\n");
}
function approveCommand(f) {
  return inlineCode(`/sg-guard approve ${cap2(f.id, 64)}`);
}
function waiverRequestText(f, r) {
  const who = r.by ? ` by ${escapeMarkdown(`@${cap2(r.by, 100)}`)}` : "";
  return [
    `\u{1F64B} **Waiver requested**${who}: ${escapeMarkdown(cap2(r.reason, 500)) || "\u2014"} (${code("sg-guard:ignore")} at ${code(r.source)})`,
    "",
    `This finding keeps blocking until a maintainer approves the request: a comment ${approveCommand(f)} on this pull request. The author of the pull request cannot approve their own request.`
  ].join("\n");
}
function acceptTheRisk(f, mode) {
  const file = f.location ? ` in ${code(f.location.file)}` : "";
  const snippet = ["```hcl", `# sg-guard:ignore ${f.rule} <why this exposure is acceptable>`, "```"];
  const body2 = mode === "off" ? [
    `In-code ${code("sg-guard:ignore")} comments are not read here (${code("inline-ignores: off")}). To accept the risk, add an entry to ${code("exceptions")} in the configuration on the base branch, or ask a maintainer to comment ${inlineCode(`/sg-guard ignore ${cap2(f.id, 64)} reason: <why>`)}.`
  ] : mode === "review" ? [
    `An ${code("sg-guard:ignore")} comment added by a pull request is a waiver request: the finding keeps blocking until a maintainer approves it with ${approveCommand(f)}. The author of the pull request cannot approve their own request. To ask, put this comment, with your reason, on the line directly above the block${file}:`,
    "",
    ...snippet
  ] : [`Put this comment, with your reason, on the line directly above the block${file}:`, "", ...snippet];
  return ["<details><summary>Accept the risk instead</summary>", "", ...body2, "", "</details>"].join("\n");
}
function resolvedCommentBody(previous, findingId2, context, headSha, resolution) {
  const head = `${findingMarker(findingId2)}
${contextMarker(context)}
${FIXED_MARKER}`;
  const sha = /^[0-9a-f]{7,64}$/i.test(headSha) ? ` as of ${headSha.slice(0, 7)}` : "";
  const note = resolution.kind === "fixed" ? `\u2705 **Fixed**${sha}: sg-guard no longer reports this finding.` : resolution.approvedBy !== void 0 ? `\u2611\uFE0F **Accepted**${sha}: the waiver requested at ${code(resolution.source)} was approved by ${escapeMarkdown(`@${cap2(resolution.approvedBy, 100)}`)}: ${escapeMarkdown(cap2(resolution.reason, 500))}` : resolution.by !== void 0 ? `\u2611\uFE0F **Accepted**${sha}: ignored by ${escapeMarkdown(`@${resolution.by}`)} in a pull request comment: ${escapeMarkdown(cap2(resolution.reason, 500))}${resolution.expires ? ` (until ${escapeMarkdown(resolution.expires)})` : ""}` : `\u2611\uFE0F **Accepted**${sha}: suppressed by ${code(resolution.source)}: ${escapeMarkdown(cap2(resolution.reason, 500))}`;
  const room = GITHUB_BODY_LIMIT - head.length - note.length - 200;
  const quoted = cap2(stripMarkers(previous), Math.max(0, room));
  return [head, note, `<details><summary>What was reported</summary>

${quoted}

</details>`].join("\n\n");
}
function activeFindings(findings) {
  return findings.filter((f) => !f.suppression && f.change !== "removed");
}
function commitStatus(report, unread = 0) {
  const counts = formatCounts(report.summary);
  const description2 = isBlocking(report) ? `${plural(report.summary.blocking, "finding")} at or above ${report.failOn} (${counts})` : unread > 0 ? `${plural(unread, "report")} could not be read (${counts} in the others)` : counts === "no findings" ? "No security-group findings" : `Passes at fail-on ${report.failOn} (${counts})`;
  const missing = isBlocking(report) && unread > 0 ? `; ${plural(unread, "report")} not read` : "";
  return { state: isBlocking(report) || unread > 0 ? "failure" : "success", description: cap2(description2 + missing, STATUS_DESCRIPTION_LIMIT) };
}
function reviewBody(input) {
  const { report } = input;
  const verdict = isBlocking(report) ? `**sg-guard: ${plural(report.summary.blocking, "finding")} at or above fail-on ${inlineCode(report.failOn)} ${report.summary.blocking === 1 ? "blocks" : "block"} this pull request** (${formatCounts(report.summary)}).` : `**sg-guard** found ${formatCounts(report.summary)}; nothing blocks at fail-on ${inlineCode(report.failOn)}.`;
  const parts2 = [reviewMarker(input.context), verdict];
  if (input.inline > 0) parts2.push(`${plural(input.inline, "inline comment")} below, on the lines this pull request changes.`);
  if (input.rejected && input.rejected.length > 0) {
    parts2.push(`**GitHub did not accept these as inline comments** (the diff may have changed since the run started):

${findingList(input.rejected)}`);
  }
  const overCap = `over the limit of ${plural(input.maxInline, "inline comment")} (\`max-inline-comments\`)`;
  const notInDiff = "not on a line this pull request changes";
  if (input.summary === false) {
    if (input.overflow.length > 0) parts2.push(`**${overCap.charAt(0).toUpperCase()}${overCap.slice(1)}:**

${findingList(input.overflow)}`);
    if (input.outside.length > 0) parts2.push(`**Outside this diff** (${notInDiff}):

${findingList(input.outside)}`);
    return fit(parts2.join("\n\n"), GITHUB_BODY_LIMIT);
  }
  const without = [input.overflow.length > 0 ? `${plural(input.overflow.length, "finding")} ${overCap}` : "", input.outside.length > 0 ? `${plural(input.outside.length, "finding")} ${notInDiff}` : ""].filter(Boolean);
  parts2.push(without.length > 0 ? `No inline comment for ${without.join(" and ")}: the summary comment lists every finding.` : "The summary comment lists every finding.");
  if (input.quiet && input.quiet > 0 && input.minSeverity) {
    parts2.push(`${plural(input.quiet, "finding")} below ${inlineCode(input.minSeverity)} (\`inline-min-severity\`) ${input.quiet === 1 ? "is" : "are"} counted in the summary comment, not commented on lines.`);
  }
  return fit(parts2.join("\n\n"), GITHUB_BODY_LIMIT);
}
function fit(text, limit) {
  if (text.length <= limit) return text;
  const note = "\n\n**\u2026 cut to fit GitHub's size limit; see the job summary.**";
  let cut = text.slice(0, limit - note.length);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut + note;
}

// src/lib/names.ts
function segments(address) {
  const out2 = [];
  let depth = 0;
  let start2 = 0;
  let quoted = false;
  for (let i2 = 0; i2 < address.length; i2++) {
    const ch = address[i2];
    if (ch === '"' && depth > 0 && address[i2 - 1] !== "\\") quoted = !quoted;
    else if (!quoted && ch === "[") depth++;
    else if (!quoted && ch === "]") depth = Math.max(0, depth - 1);
    else if (!quoted && depth === 0 && ch === ".") {
      out2.push(address.slice(start2, i2));
      start2 = i2 + 1;
    }
  }
  out2.push(address.slice(start2));
  return out2;
}
function modulePath(parts2) {
  const path2 = [];
  for (let i2 = 0; i2 + 1 < parts2.length && parts2[i2] === "module"; i2 += 2) path2.push(`module.${parts2[i2 + 1]}`);
  return path2;
}
var MAX_ADDRESSES = 1e4;
function shortNamer(addresses) {
  let common = null;
  let n = 0;
  for (const a of addresses) {
    if (++n > MAX_ADDRESSES) break;
    const path2 = modulePath(segments(a));
    if (common === null) common = path2;
    else {
      let k = 0;
      while (k < common.length && k < path2.length && common[k] === path2[k]) k++;
      common = common.slice(0, k);
    }
    if (common.length === 0) break;
  }
  const prefix2 = common ?? [];
  return (address) => {
    const parts2 = segments(address);
    const path2 = modulePath(parts2);
    const shared = prefix2.length > 0 && prefix2.every((p, i2) => path2[i2] === p) ? prefix2.length : 0;
    const rest = parts2.slice(2 * shared);
    const modules = path2.slice(shared).map((m) => m.slice("module.".length));
    const resource = rest.slice(2 * (path2.length - shared));
    if (resource.length < 2) return address;
    const named3 = resource[0] === "aws_security_group" ? resource.slice(1) : resource;
    return [...modules, ...named3].join(".");
  };
}

// src/report/markdown.ts
var MAX_MARKDOWN_LENGTH = 6e4;
var MAX_SOURCE_ERRORS = 10;
var MAX_CELL_LENGTH = 200;
var MAX_PLACES_SHOWN = 5;
var SEVERITY_ICONS2 = {
  critical: "\u{1F534}",
  high: "\u{1F7E0}",
  medium: "\u{1F7E1}",
  low: "\u{1F535}",
  info: "\u26AA"
};
var FINDINGS_COLUMNS = ["Rule", "Group", "Permission", "Where"];
var FINDINGS_HEADER = [`| ${FINDINGS_COLUMNS.join(" | ")} |`, `|${" --- |".repeat(FINDINGS_COLUMNS.length)}`].join("\n");
var WAIVED_NOTE = "Accepted risks, not counted above: exceptions in the configuration, `sg-guard:ignore` comments in the code, `/sg-guard ignore` commands and approved waiver requests.";
var WAIVED_COLUMNS = ["Rule", "Where", "Waiver", "Reason"];
var WAIVED_HEADER = [`| ${WAIVED_COLUMNS.join(" | ")} |`, `|${" --- |".repeat(WAIVED_COLUMNS.length)}`].join("\n");
var MAX_WAIVER_REQUESTS_LISTED = 20;
var MAX_POLICY_PHRASES = 30;
var MAX_VERDICT_ITEMS = 3;
var CUT_ORDER = ["rules", "diagrams", "waived", "notBlocking", "exposure", "fixed", "blocking"];
function renderMarkdown(report, rules, options = {}) {
  const limit = options.limit ?? MAX_MARKDOWN_LENGTH;
  const sorted = sortFindings(report.findings);
  const active = sorted.filter((f) => f.change !== "removed" && !f.suppression);
  const suppressed = sorted.filter((f) => f.change !== "removed" && f.suppression);
  const fixed2 = sorted.filter((f) => f.change === "removed");
  const blocking = active.filter((f) => findingBlocks(f, report));
  const below = active.filter((f) => !findingBlocks(f, report) && !atLeast(f.severity, report.failOn));
  const before = active.filter((f) => !findingBlocks(f, report) && atLeast(f.severity, report.failOn));
  const unread = options.unread ?? [];
  const custom = new Set(rules.filter((r) => r.custom).map((r) => r.name));
  const short = shortNamer(report.findings.flatMap((f) => f.securityGroup === null ? [] : [f.securityGroup]));
  const kinds = new Map(report.plans.map((p) => [p.path, p.kind]));
  const ctx = {
    custom,
    short,
    names: planNames(report.plans),
    several: report.plans.length > 1,
    links: validLinks(options.links),
    outside: options.outside ?? null,
    // "already there" only means something for a plan (a state has no before side).
    markBefore: (f) => f.change === "unchanged" && kinds.get(f.plan) === "plan"
  };
  const waiver = { configSource: report.policy?.source ?? null, inlineIgnores: options.inlineIgnores ?? "trust" };
  const rows = {
    blocking: blocking.map((f) => tableRow(f, ctx)),
    below: below.map((f) => tableRow(f, ctx)),
    before: before.map((f) => tableRow(f, ctx)),
    waived: suppressed.map((f) => waivedRow(f, ctx, waiver))
  };
  const fixedItems = fixed2.map((f) => fixedItem(f, ctx));
  const exposure2 = exposureLines(report);
  const diagrams2 = (options.diagrams ?? []).filter((d) => d.mermaid.length <= MAX_DIAGRAM_LENGTH);
  const tooBig = (options.diagrams ?? []).length - diagrams2.length;
  const details = rulesFired([...blocking, ...below, ...before], rules);
  const requests = requestsSection(active);
  const head = [verdictHeading(report, fixed2, blocking, unread.length > 0, short), statusLine(report, unread.length > 0), unreadSection(unread), pendingPolicySection(report)].filter(Boolean);
  const full = {
    rules: details.length > 0 ? 1 : 0,
    diagrams: diagrams2.length,
    waived: rows.waived.length,
    notBlocking: rows.below.length + rows.before.length,
    exposure: Math.min(exposure2.length, MAX_CHANGE_LINES),
    fixed: Math.min(fixedItems.length, MAX_CHANGE_LINES),
    blocking: rows.blocking.length
  };
  const assemble = (kept2) => {
    const left = [];
    const note = (n, what) => {
      if (n > 0) left.push(plural(n, what));
    };
    const sections = [...head];
    if (fixedItems.length > 0) {
      note(full.fixed - kept2.fixed, "fixed finding");
      sections.push(listSection(`### Fixed by this plan (${fixedItems.length})`, fixedItems.slice(0, kept2.fixed), fixedItems.length - kept2.fixed));
    }
    if (rows.blocking.length > 0) {
      note(rows.blocking.length - kept2.blocking, "blocking finding");
      sections.push(tableSection(`### Blocking (${rows.blocking.length})`, "", rows.blocking, kept2.blocking));
    }
    if (requests) sections.push(requests);
    const keptBelow = Math.min(kept2.notBlocking, rows.below.length);
    const keptBefore = Math.max(0, kept2.notBlocking - rows.below.length);
    note(rows.below.length + rows.before.length - kept2.notBlocking, "non-blocking finding");
    if (rows.below.length > 0) {
      sections.push(fold(`${rows.blocking.length > 0 ? "Not blocking" : "Findings"}: below fail-on <code>${escapeHtml(report.failOn)}</code> (${countsPhrase(below)})`, tableSection("", "", rows.below, keptBelow)));
    }
    if (rows.before.length > 0) {
      const why = "These were there before this plan and block only with `fail-on-scope: all`.";
      sections.push(fold(`Already there before this plan, not blocking (${countsPhrase(before)})`, tableSection("", why, rows.before, keptBefore)));
    }
    if (rows.waived.length > 0) {
      note(rows.waived.length - kept2.waived, "waived row");
      let body2 = WAIVED_NOTE;
      if (kept2.waived > 0) body2 += `

${WAIVED_HEADER}
${rows.waived.slice(0, kept2.waived).join("\n")}`;
      if (kept2.waived < rows.waived.length) body2 += `

${truncationNote(rows.waived.length - kept2.waived, "waived finding")}`;
      sections.push(fold(`<strong>Waived (${rows.waived.length})</strong>`, body2));
    }
    if (exposure2.length > 0) {
      note(full.exposure - kept2.exposure, "line of what the plan changes");
      sections.push(fold(`What this plan changes in who reaches whom (${exposure2.length})`, listBody(exposure2.slice(0, kept2.exposure), exposure2.length - kept2.exposure)));
    }
    note(diagrams2.length - kept2.diagrams, "diagram");
    if (kept2.diagrams > 0) sections.push(diagramSection(diagrams2.slice(0, kept2.diagrams), ctx.names));
    if (tooBig > 0) sections.push(`_${plural(tooBig, "network diagram")} left out: too large for a comment; \`sg-guard graph --changed --format mermaid\` draws ${tooBig === 1 ? "it" : "them"}._`);
    const policy = policySection(report);
    if (policy) sections.push(policy);
    const errors = sourceErrors(report);
    if (errors) sections.push(errors);
    if (details.length > 0) {
      if (kept2.rules > 0) sections.push(fold(`Why these rules matter (${plural(details.length, "rule")})`, details.join("\n\n")));
      else left.push(`the rule explanations (each rule name links to its page)`);
    }
    if (left.length > 0) sections.push(`**Left out to fit the comment:** ${left.join(", ")}; the JSON report has everything.`);
    sections.push(...(options.appendix ?? []).filter(Boolean), footer(report));
    return finish(sections);
  };
  let kept = { ...full };
  let text = assemble(kept);
  if (text.length <= limit) return text;
  for (const step of CUT_ORDER) {
    const without = { ...kept, [step]: 0 };
    text = assemble(without);
    if (text.length <= limit) {
      let lo = 0;
      let hi = kept[step] - 1;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (assemble({ ...kept, [step]: mid }).length <= limit) lo = mid;
        else hi = mid - 1;
      }
      return assemble({ ...kept, [step]: lo });
    }
    kept = without;
  }
  const cut = `

${truncationNote(active.length)}
`;
  return text.slice(0, Math.max(0, limit - cut.length)) + cut;
}
function truncationNote(hidden, what = "finding") {
  return `**\u2026 ${plural(hidden, `more ${what}`)} not shown; see the JSON report.**`;
}
function finish(sections) {
  return `${sections.join("\n\n")}
`;
}
function fold(summary, body2) {
  return ["<details>", `<summary>${summary}</summary>`, "", body2, "", "</details>"].join("\n");
}
function tableSection(heading, note, rows, kept) {
  const parts2 = [heading, note].filter(Boolean);
  if (kept > 0) parts2.push(`${FINDINGS_HEADER}
${rows.slice(0, kept).join("\n")}`);
  if (kept < rows.length) parts2.push(truncationNote(rows.length - kept));
  return parts2.join("\n\n");
}
function listBody(items, hidden) {
  const lines = [...items];
  if (hidden > 0) lines.push(`- \u2026 and ${hidden} more (see the JSON report)`);
  return lines.join("\n");
}
function listSection(heading, items, hidden) {
  return `${heading}

${listBody(items, hidden)}`;
}
function findingBlocks(f, report) {
  return !f.suppression && f.change !== "removed" && atLeast(f.severity, report.failOn) && (report.failOnScope !== "added" || f.change === "added");
}
function countsPhrase(findings) {
  return SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`).join(", ");
}
var INTERNET_CIDRS = /* @__PURE__ */ new Set(["0.0.0.0/0", "::/0"]);
function toInternet(f) {
  return f.peerKind === "cidr" && f.peer !== null && f.peer.split(/,\s*/).every((p) => INTERNET_CIDRS.has(p));
}
function verdictPart(f, closes, short) {
  const group = f.securityGroup === null ? "a group unknown until apply" : short(f.securityGroup);
  const traffic2 = describeTraffic(f);
  if (traffic2 && f.direction && f.peer !== null) {
    const peer = toInternet(f) ? "the internet" : f.peer;
    if (f.direction === "ingress") return { key: `in|${peer}`, lead: (t) => `${closes ? "closes" : "opens"} ${t} to ${peer}`, traffic: traffic2, on: "on", group };
    return { key: `out|${peer}`, lead: (t) => `${closes ? "stops" : "allows"} ${t} out to ${peer}`, traffic: traffic2, on: "from", group };
  }
  const title2 = `${closes ? "fixes " : ""}${f.title.charAt(0).toLowerCase()}${f.title.slice(1)}`;
  return { key: `t|${title2}`, lead: () => title2, traffic: "", on: "on", group };
}
function verdictReason(findings, closes, short) {
  const named3 = findings.slice(0, MAX_VERDICT_ITEMS).map((f) => verdictPart(f, closes, short));
  const leads = /* @__PURE__ */ new Map();
  for (const p of named3) {
    const entry = leads.get(p.key) ?? { lead: p.lead, on: p.on, traffic: /* @__PURE__ */ new Map() };
    leads.set(p.key, entry);
    const groups = entry.traffic.get(p.traffic) ?? [];
    if (!groups.includes(p.group)) groups.push(p.group);
    entry.traffic.set(p.traffic, groups);
  }
  const parts2 = [...leads.values()].map(
    ({ lead, on, traffic: traffic2 }) => joinWords([...traffic2.entries()].map(([t, groups], i2) => `${i2 === 0 ? lead(t) : t} ${on} ${joinWords(groups)}`.trim()), ", ")
  );
  const more = findings.length - named3.length;
  return escapeMarkdown(cap3(parts2.join("; ") + (more > 0 ? `; and ${more} more` : ""), MAX_CELL_LENGTH * 2));
}
function joinWords(words, sep6 = ", ") {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(sep6)} and ${words[words.length - 1]}`;
}
function verdictHeading(report, fixed2, blocking, incomplete, short) {
  if (isBlocking(report)) return `## \u{1F534} Blocks: ${verdictReason(blocking, false, short)}`;
  const total = totalFindings(report.summary);
  let reason;
  if (fixed2.length > 0) reason = verdictReason(fixed2, true, short);
  else if (total === 0) reason = report.summary.suppressed > 0 ? "no active security-group findings" : "no security-group findings";
  else if (report.failOn === "never") reason = `${plural(total, "finding")}, none block at fail-on never`;
  else if (report.failOnScope === "added" && report.summary.added === 0 && SEVERITIES.some((s) => atLeast(s, report.failOn) && report.summary[s] > 0)) reason = "adds nothing at or above fail-on; what was already there is listed below";
  else reason = `${plural(total, "finding")}, none at or above ${report.failOn}${report.failOnScope === "added" ? " that this plan adds" : ""}`;
  if (incomplete) return `## \u26A0\uFE0F Incomplete: reports could not be read; in the others, ${reason}`;
  return `## \u2705 Passes: ${reason}`;
}
var MAX_UNREAD_LISTED = 20;
function unreadSection(unread) {
  if (unread.length === 0) return "";
  const lines = unread.slice(0, MAX_UNREAD_LISTED).map((u) => `> - ${inlineCode(cap3(u.file)) || "\u2014"}: ${escapeMarkdown(cap3(u.problem))}`);
  if (unread.length > MAX_UNREAD_LISTED) lines.push(`> - \u2026 and ${unread.length - MAX_UNREAD_LISTED} more`);
  return [`> **${plural(unread.length, "report")} could not be read**, so the plans ${unread.length === 1 ? "it covers are" : "they cover are"} not in this review and the check fails until ${unread.length === 1 ? "it is" : "they are"} there:`, ...lines].join("\n");
}
function statusLine(report, incomplete) {
  const { summary } = report;
  const failOn = inlineCode(report.failOn);
  const total = totalFindings(summary);
  const parts2 = [];
  if (isBlocking(report)) parts2.push(`**${plural(summary.blocking, "finding")} at or above fail-on ${failOn} ${summary.blocking === 1 ? "blocks" : "block"} this pull request**`);
  else parts2.push(`${incomplete ? "Nothing blocks in the reports that could be read" : "Nothing blocks"} at fail-on ${failOn}`);
  const counts = SEVERITIES.filter((s) => summary[s] > 0).map((s) => `${summary[s]} ${s}`);
  parts2.push(total > 0 ? `${plural(total, "active finding")}: ${counts.join(", ")}` : "no active findings");
  if (summary.suppressed > 0) parts2.push(`${summary.suppressed} waived`);
  if (summary.removed > 0) parts2.push(`${summary.removed} fixed by this plan`);
  const scope = report.failOnScope === "added" ? " Only findings this plan adds can block (`fail-on-scope: added`)." : "";
  return `${parts2.join(" \xB7 ")}.${scope}`;
}
function cap3(text, max = MAX_CELL_LENGTH) {
  return cap(text, max);
}
function code2(text) {
  return inlineCode(cap3(text), { table: true }) || "\u2014";
}
function breakable(text) {
  const capped = cap3(text);
  if (Array.from(capped).length <= MIN_BREAK_PIECE * 2) return escapeMarkdown(capped) || "\u2014";
  const pieces = [];
  const parts2 = capped.split(/(?<=[./,_:-])|(?=\[)/).flatMap((p) => Array.from(p).reduce((out2, ch, i2) => i2 % MAX_BREAK_PIECE === 0 ? [...out2, ch] : [...out2.slice(0, -1), `${out2[out2.length - 1] ?? ""}${ch}`], []));
  for (const p of parts2) {
    const last = pieces.length - 1;
    if (last >= 0 && pieces[last].length < MIN_BREAK_PIECE) pieces[last] += p;
    else pieces.push(p);
  }
  return pieces.map((p) => escapeMarkdown(p)).join("<wbr>");
}
var MIN_BREAK_PIECE = 10;
var MAX_BREAK_PIECE = 24;
function ruleLink(rule20, custom) {
  return isRuleName(rule20) && !custom.has(rule20) ? `[${rule20}](${ruleDocsUrl(rule20)})` : escapeMarkdown(cap3(rule20));
}
function validLinks(links) {
  if (!links) return null;
  const ok = /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?$/.test(links.serverUrl.replace(/\/+$/, "")) && /^[A-Za-z0-9_.-]{1,100}$/.test(links.owner) && /^[A-Za-z0-9_.-]{1,100}$/.test(links.repo) && /^[0-9a-f]{7,64}$/i.test(links.sha);
  return ok ? { ...links, serverUrl: links.serverUrl.replace(/\/+$/, "") } : null;
}
function sourceLink(loc, links) {
  const text = breakable(`${loc.file}:${loc.line}`);
  if (!links || loc.file.split("/").some((p) => p === ".." || p === "." || p === "")) return text;
  const path2 = loc.file.split("/").map((p) => encodeURIComponent(p).replace(/[()'*!]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
  const lines = loc.endLine > loc.line ? `#L${loc.line}-L${loc.endLine}` : `#L${loc.line}`;
  return `[${text}](${links.serverUrl}/${links.owner}/${links.repo}/blob/${links.sha}/${path2}${lines})`;
}
function placesText(f, ctx) {
  const others = otherPlaces(f);
  const parts2 = [];
  if (ctx.several || others.length > 0) parts2.push(`in ${breakable(planName(ctx.names, f.plan))}`);
  if (others.length > 0) {
    const listed2 = others.slice(0, MAX_PLACES_SHOWN).map((p) => `${breakable(planName(ctx.names, p.plan))}${p.resource === f.resource ? "" : ` (${breakable(p.resource)})`}`);
    const more = others.length > listed2.length ? ` and ${others.length - listed2.length} more` : "";
    parts2.push(`also in ${listed2.join(", ")}${more}`);
  }
  return parts2.length > 0 ? `<br>${parts2.join("; ")}` : "";
}
function permissionText(f) {
  const traffic2 = describeTraffic(f);
  if (!traffic2) return f.peer === null ? "" : breakable(f.peer);
  const words = [f.direction ?? "", traffic2].filter(Boolean).join(" ");
  if (f.peer === null) return escapeMarkdown(words);
  return `${escapeMarkdown(words)} ${f.direction === "egress" ? "to" : "from"} ${breakable(f.peer)}`;
}
function tableRow(f, ctx) {
  const marks2 = [ctx.markBefore(f) ? "already there" : "", ctx.outside?.has(f.id) ? "outside the diff" : ""].filter(Boolean);
  const rule20 = `${SEVERITY_ICONS2[f.severity]} ${ruleLink(f.rule, ctx.custom)}<br>${code2(cap3(f.id, 40))}${marks2.length > 0 ? `<br>_${marks2.join(", ")}_` : ""}`;
  const module2 = f.location?.module ? ` (call of a ${f.location.module.kind === "remote" ? "remote" : "missing"} module)` : "";
  const where2 = f.location ? `${sourceLink(f.location, ctx.links)}${module2}<br>${breakable(findingLocation(f))}` : breakable(findingLocation(f));
  const cells = [rule20, f.securityGroup === null ? "_unknown until apply_" : breakable(ctx.short(f.securityGroup)), permissionText(f) || "\u2014", `${where2}${placesText(f, ctx)}`];
  return `| ${cells.join(" | ")} |`;
}
function fixedItem(f, ctx) {
  return `- ${SEVERITY_ICONS2[f.severity]} ${ruleLink(f.rule, ctx.custom)}: ${escapeMarkdown(cap3(f.message))} (${breakable(findingLocation(f))})`;
}
var CONFIG_WHO = {
  base: "config on the base branch",
  head: "config in the pull request's checkout",
  file: "config file",
  defaults: "config file"
};
function waivedRow(f, ctx, words) {
  const s = f.suppression;
  const location = (f.location ? `${sourceLink(f.location, ctx.links)}<br>${breakable(findingLocation(f))}` : breakable(findingLocation(f))) + placesText(f, ctx);
  const [kind, who] = waiverKindAndWho(s, words);
  const cells = [`${SEVERITY_ICONS2[f.severity]} ${ruleLink(f.rule, ctx.custom)}`, location, `${kind}: ${who}<br>${s.expires ? `until ${escapeMarkdown(s.expires)}` : "no expiry"}`, escapeMarkdown(cap3(s.reason)) || "\u2014"];
  return `| ${cells.join(" | ")} |`;
}
function waiverKindAndWho(s, words) {
  switch (s.kind) {
    case "exception":
      return ["exception", words.configSource ? `${CONFIG_WHO[words.configSource]}, ${breakable(s.source)}` : breakable(s.source)];
    case "inline":
      return ["in-code comment", `${code2("sg-guard:ignore")} at ${breakable(s.source)}${words.inlineIgnores === "review" ? ", on the base branch" : ""}`];
    case "comment":
      return [code2("/sg-guard ignore"), commandWho(s)];
    case "approved":
      return ["approved request", `requested in ${breakable(s.source)}, approved by ${commandWho(s, s.approvedIn)}`];
  }
}
var COMMENT_URL = /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:\/[A-Za-z0-9_.-]+){2}\/pull\/\d{1,10}#(?:issuecomment-|discussion_r)\d{1,15}$/;
function commandWho(s, url = s.source) {
  const parts2 = [s.by ? escapeMarkdown(`@${cap3(s.by)}`) : "someone"];
  if (s.at && /^\d{4}-\d{2}-\d{2}/.test(s.at)) parts2.push(`on ${s.at.slice(0, 10)}`);
  if (url !== void 0 && COMMENT_URL.test(url)) parts2.push(`([comment](${url}))`);
  return parts2.join(" ");
}
function requestsSection(active) {
  const requests = active.filter((f) => f.waiverRequest);
  if (requests.length === 0) return "";
  const items = requests.slice(0, MAX_WAIVER_REQUESTS_LISTED).map((f) => {
    const r = f.waiverRequest;
    const who = r.by ? `requested by ${escapeMarkdown(`@${cap3(r.by)}`)}` : "requested";
    return `- ${SEVERITY_ICONS2[f.severity]} ${escapeMarkdown(cap3(f.rule))} ${code2(findingLocation(f))} (${code2(r.source)}): ${who}: ${escapeMarkdown(cap3(r.reason)) || "\u2014"}. To approve: ${inlineCode(`/sg-guard approve ${cap3(f.id)}`)}`;
  });
  if (requests.length > items.length) items.push(`- \u2026 and ${requests.length - items.length} more (see the JSON report)`);
  return [
    `### Waiver requests (${requests.length})`,
    "",
    "This pull request adds `sg-guard:ignore` comments for these findings. They keep counting until a maintainer approves each one with `/sg-guard approve <id>` (or `/sg-guard ignore`); the pull request's author cannot approve their own.",
    "",
    ...items
  ].join("\n");
}
function phraseItems(phrases) {
  const items = phrases.slice(0, MAX_POLICY_PHRASES).map((p) => `- ${escapeMarkdown(cap3(p))}`);
  if (phrases.length > items.length) items.push(`- \u2026 and ${phrases.length - items.length} more`);
  return items;
}
function pendingPolicySection(report) {
  const change = report.policy?.pendingChange ?? [];
  if (change.length === 0) return "";
  const shown2 = change.slice(0, MAX_POLICY_PHRASES).map((p) => escapeMarkdown(cap3(p)));
  const more = change.length > shown2.length ? `; and ${change.length - shown2.length} more` : "";
  return `> \u26A0\uFE0F This pull request changes the policy: ${shown2.join("; ")}${more}. It takes effect after merge.`;
}
var POLICY_FROM = {
  base: (file) => `Read from ${file} on the pull request's base branch.`,
  head: (file) => `Read from ${file} in the pull request's own checkout.`,
  file: (file) => `Read from ${file}.`,
  defaults: () => "No configuration file: the defaults."
};
function policySection(report) {
  const policy = report.policy;
  if (!policy || policy.inForce.length === 0) return "";
  const from = POLICY_FROM[policy.source](code2(policy.file ?? ""));
  return ["<details>", `<summary>Policy in force (${plural(policy.inForce.length, "difference")} from the defaults)</summary>`, "", from, "", ...phraseItems(policy.inForce), "", "</details>"].join("\n");
}
function rulesFired(findings, rules) {
  const meta = new Map(rules.map((r) => [r.name, r]));
  const fired = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const entry = fired.get(f.rule);
    if (!entry) fired.set(f.rule, { worst: f.severity, count: 1 });
    else {
      entry.count += 1;
      if (severityRank(f.severity) > severityRank(entry.worst)) entry.worst = f.severity;
    }
  }
  const ordered = [...fired.entries()].filter(([name2]) => meta.has(name2)).sort(([a, x], [b, y]) => severityRank(y.worst) - severityRank(x.worst) || (a < b ? -1 : a > b ? 1 : 0));
  return ordered.map(([name2, { count }]) => ruleDetails(meta.get(name2), count));
}
function ruleDetails(rule20, count) {
  const links = [...rule20.references.map((r) => `[${r.title}](${r.url})`), ...rule20.custom ? [] : [`[rule documentation](${ruleDocsUrl(rule20.name)})`]];
  return [
    "<details>",
    `<summary><strong>${escapeHtml(rule20.name)}</strong>: ${rule20.custom ? escapeMarkdown(rule20.title) : escapeHtml(rule20.title)} (${plural(count, "finding")})</summary>`,
    "",
    ruleText(rule20, rule20.description),
    "",
    `**Why it matters.** ${ruleText(rule20, rule20.why)}`,
    "",
    `**How to fix.** ${ruleText(rule20, rule20.fix)}`,
    "",
    `**See also:** ${links.join(" \xB7 ")}`,
    "",
    "</details>"
  ].join("\n");
}
var MAX_DIAGRAM_LENGTH = 2e4;
var MAX_CHANGE_LINES = 30;
function exposureLines(report) {
  const names3 = planNames(report.plans);
  const several = report.plans.length > 1;
  const lines = report.plans.flatMap((p) => p.exposureChanges.map((text) => ({ plan: planName(names3, p.path), text })));
  return lines.map((l) => `- ${several ? `${code2(l.plan)}: ` : ""}${escapeMarkdown(cap3(l.text))}`);
}
function diagramSection(diagrams2, names3) {
  const blocks = diagrams2.flatMap((d) => [...diagrams2.length > 1 ? [`${code2(planName(names3, d.plan))}`, ""] : [], "```mermaid", d.mermaid.trimEnd(), "```", ""]);
  return ["<details>", `<summary>Network ${diagrams2.length === 1 ? "diagram" : `diagrams (${diagrams2.length})`} of the groups this plan touches</summary>`, "", ...blocks, "</details>"].join("\n");
}
function sourceErrors(report) {
  const all = report.plans.flatMap((p) => p.sourceErrors);
  if (all.length === 0) return "";
  const lines = all.slice(0, MAX_SOURCE_ERRORS).map((e) => `> - ${inlineCode(cap3(e.file))}: ${escapeMarkdown(cap3(e.reason))}`);
  if (all.length > MAX_SOURCE_ERRORS) lines.push(`> - \u2026 and ${all.length - MAX_SOURCE_ERRORS} more`);
  return [`> **Could not read ${plural(all.length, "source file")}**; findings there are shown without a line:`, ...lines].join("\n");
}
function footer(report) {
  const tool = `[${escapeMarkdown(`${report.tool.name} ${report.tool.version}`)}](${TOOL_URI})`;
  return `<sub>${tool} \xB7 fail-on ${inlineCode(report.failOn)} \xB7 ${plural(report.plans.length, "plan")} reviewed</sub>`;
}

// src/review/roots.ts
var MAX_INLINE_NAMES = 10;
var MAX_LISTED3 = 200;
var MAX_NAME = 200;
function names2(list, max) {
  const shown2 = list.slice(0, max).map((r) => inlineCode(cap(r, MAX_NAME)));
  return list.length > max ? `${shown2.join(", ")} and ${list.length - max} more` : shown2.join(", ");
}
function rootsSection(roots2) {
  const { checked, untouched } = roots2;
  if (checked.length + untouched.length <= 1) return "";
  const notTouched = "not touched by this pull request, so not checked";
  if (checked.length + untouched.length <= MAX_INLINE_NAMES) {
    if (checked.length === 0) return `**Roots:** none checked: this pull request touches none of the ${plural(untouched.length, "root")} (${names2(untouched, MAX_INLINE_NAMES)}).`;
    const parts2 = [`checked ${names2(checked, MAX_INLINE_NAMES)}`, ...untouched.length > 0 ? [`${notTouched}: ${names2(untouched, MAX_INLINE_NAMES)}`] : []];
    return `**Roots:** ${parts2.join("; ")}.`;
  }
  const head = checked.length === 0 ? `none checked: this pull request touches none of the ${plural(untouched.length, "root")}` : `${checked.length} checked${untouched.length > 0 ? `, ${untouched.length} ${notTouched}` : ""}`;
  const body2 = [...checked.length > 0 ? [`Checked: ${names2(checked, MAX_LISTED3)}.`] : [], ...untouched.length > 0 ? [`Not touched by this pull request: ${names2(untouched, MAX_LISTED3)}.`] : []];
  return ["<details>", `<summary><strong>Roots:</strong> ${head}</summary>`, "", body2.join("\n\n"), "", "</details>"].join("\n");
}

// src/review/summary.ts
var MAX_SUMMARY_LENGTH = 6e4;
function summaryMarkdown(input, limit) {
  const appendix = [];
  const outside = input.outside?.filter((f) => !f.suppression && f.change !== "removed") ?? [];
  if (outside.length > 0) {
    appendix.push(`_${plural(outside.length, "finding")} ${outside.length === 1 ? "is" : "are"} not on a line this pull request changes, so ${outside.length === 1 ? "it has" : "they have"} no inline comment: marked "outside the diff" above._`);
  }
  if (input.roots) appendix.push(rootsSection(input.roots));
  if (input.note) appendix.push(input.note);
  return renderMarkdown(input.report, [...input.rules], {
    diagrams: input.diagrams ?? [],
    unread: input.unread ?? [],
    inlineIgnores: input.inlineIgnores ?? "trust",
    ...input.outside !== null ? { outside: new Set(outside.map((f) => f.id)) } : {},
    ...input.links ? { links: input.links } : {},
    appendix,
    limit
  });
}
var MAX_SUMMARY_COMMENT_LENGTH = 65e3;
function summaryCommentBody(input, context, stateLine) {
  const marker = summaryMarker(context);
  const tail = stateLine ? `
${stateLine}` : "";
  const limit = Math.min(MAX_SUMMARY_LENGTH, MAX_SUMMARY_COMMENT_LENGTH - tail.length) - marker.length - 2;
  return `${marker}
${summaryMarkdown(input, limit).trimEnd()}
${tail}`;
}

// src/review/posting.ts
var MAX_INLINE_COMMENTS_LIMIT = 100;
var DEFAULT_MAX_INLINE_COMMENTS = 25;
var DEFAULT_STATUS_CONTEXT = "sg-guard";
var MAX_FIXED_EDITS = 10;
var MAX_DISMISSALS = 3;
function splitByDiff(findings, diff) {
  const inDiff = [];
  const outside = [];
  for (const finding of sortFindings(findings)) {
    const loc = finding.location;
    const anchor = loc === null ? null : diff === null ? wholeBlock(loc.file, loc.line, loc.endLine) : anchorFor(diff, loc);
    if (anchor) inDiff.push({ finding, anchor });
    else outside.push(finding);
  }
  return { inDiff, outside };
}
function wholeBlock(path2, line, endLine) {
  return endLine > line ? { path: path2, startLine: line, line: endLine } : { path: path2, line };
}
function planReview(report, state, options) {
  const rules = new Map(options.rules.map((r) => [r.name, r]));
  const names3 = planNames(report.plans);
  const split = splitByDiff(activeFindings(report.findings), state.diff);
  const minimum = options.inlineMinSeverity ?? DEFAULT_INLINE_MIN_SEVERITY;
  const loud = (f) => atLeast(f.severity, minimum);
  const inDiff = split.inDiff.filter((x) => loud(x.finding));
  const { outside } = split;
  const quiet = [...split.inDiff.map((x) => x.finding).filter((f) => !loud(f)), ...outside.filter((f) => !loud(f))];
  const reviewing = options.review !== "off";
  const own = /* @__PURE__ */ new Map();
  const covered = /* @__PURE__ */ new Map();
  for (const c of state.reviewComments) {
    if (c.inReplyTo !== null) continue;
    const marks2 = parseFindingComment(c.body);
    if (!marks2 || marks2.context !== options.context) continue;
    if (!marks2.fixed && !own.has(marks2.findingId)) own.set(marks2.findingId, c);
    if (!marks2.fixed) {
      for (const id of marks2.also) if (!covered.has(id)) covered.set(id, c);
    }
  }
  const inline = [];
  const alreadyCommented = [];
  const overflow = [];
  if (reviewing) {
    const blocks = /* @__PURE__ */ new Map();
    for (const item of inDiff) {
      const f = item.finding;
      const key2 = JSON.stringify([f.plan, f.resource, f.path, f.location?.file, f.location?.line, f.location?.endLine]);
      const list = blocks.get(key2);
      if (list) list.push(item);
      else blocks.set(key2, [item]);
    }
    const commented = (f) => idsOf(f).some((id) => own.has(id) || covered.has(id));
    for (const [i2, list] of [...blocks.values()].entries()) {
      const fresh = list.filter((x) => !commented(x.finding));
      for (const x of list) if (commented(x.finding)) alreadyCommented.push(x.finding);
      const [first, ...rest] = fresh;
      if (!first) continue;
      if (i2 < options.maxInlineComments) {
        const also = rest.map((x) => x.finding);
        inline.push({ ...first.anchor, finding: first.finding, body: inlineCommentBody(first.finding, rules.get(first.finding.rule), options.context, options.tool, names3, { inlineIgnores: options.inlineIgnores ?? "trust", also }) });
      } else overflow.push(...fresh.map((x) => x.finding));
    }
  }
  const current = new Map(report.findings.filter((f) => f.change !== "removed").flatMap((f) => idsOf(f).map((id) => [id, f])));
  const repliedTo = /* @__PURE__ */ new Set();
  for (const c of state.reviewComments) if (c.inReplyTo !== null && !parseFindingComment(c.body)) repliedTo.add(c.inReplyTo);
  const gone = reviewing ? [...own.entries()].filter(([id]) => !current.has(id) || current.get(id)?.suppression).sort(([, a], [, b]) => a.id - b.id) : [];
  const editable = gone.filter(([, c]) => !repliedTo.has(c.id));
  const fixed2 = editable.slice(0, MAX_FIXED_EDITS).map(([findingId2, c]) => {
    const suppression = current.get(findingId2)?.suppression;
    const resolution = suppression ? {
      kind: "suppressed",
      reason: suppression.reason,
      source: suppression.source,
      ...suppression.kind === "comment" ? { by: suppression.by ?? "", expires: suppression.expires } : {},
      ...suppression.kind === "approved" ? { approvedBy: suppression.by ?? "" } : {}
    } : { kind: "fixed" };
    return { commentId: c.id, findingId: findingId2, body: resolvedCommentBody(c.body, findingId2, options.context, options.headSha, resolution) };
  });
  const blocking = isBlocking(report);
  const ownReviews = state.reviews.filter((r) => isOwnReview(r.body, options.context));
  const requestChanges = options.review === "request-changes" && blocking;
  const changesRequested = ownReviews.some((r) => r.state === "CHANGES_REQUESTED");
  let review2 = null;
  if (reviewing && (inline.length > 0 || requestChanges && !changesRequested)) {
    review2 = {
      event: requestChanges ? "REQUEST_CHANGES" : "COMMENT",
      body: reviewBody({ report, context: options.context, inline: inline.length, overflow, outside: outside.filter(loud), quiet: quiet.length, minSeverity: minimum, maxInline: options.maxInlineComments, summary: options.summary !== "off" })
    };
  }
  const dismiss = reviewing && !blocking && (options.unread?.length ?? 0) === 0 ? ownReviews.filter((r) => r.state === "CHANGES_REQUESTED").map((r) => r.id).sort((a, b) => b - a).slice(0, MAX_DISMISSALS) : [];
  let summary = null;
  if (options.summary !== "off") {
    const note = [...options.notes ?? [], summaryNote(options.headSha)].filter(Boolean).join("\n\n");
    const body2 = summaryCommentBody(
      {
        report,
        rules: options.rules,
        outside: state.diff === null ? null : outside,
        ...note ? { note } : {},
        ...options.diagrams ? { diagrams: options.diagrams } : {},
        ...options.unread ? { unread: options.unread } : {},
        ...options.inlineIgnores ? { inlineIgnores: options.inlineIgnores } : {},
        ...options.links ? { links: options.links } : {},
        ...options.roots ? { roots: options.roots } : {}
      },
      options.context,
      options.stateLine
    );
    const existing = options.summary === "update" ? state.issueComments.find((c) => isSummaryComment(c.body, options.context)) : void 0;
    if (!existing) summary = { commentId: null, body: body2 };
    else if (existing.body !== body2) summary = { commentId: existing.id, body: body2 };
  }
  return {
    inline,
    alreadyCommented,
    overflow,
    outside,
    quiet,
    review: review2,
    fixed: fixed2,
    fixedDeferred: editable.length - fixed2.length,
    fixedKeptForReplies: gone.length - editable.length,
    summary,
    dismiss,
    status: options.context ? { ...commitStatus(report, options.unread?.length ?? 0), context: options.context } : null
  };
}
function summaryNote(headSha) {
  return /^[0-9a-f]{7,64}$/i.test(headSha) ? `<sub>Results for commit ${headSha.slice(0, 7)}; this comment is updated on every run.</sub>` : void 0;
}

// src/review/print.ts
var RULE = "\u2500\u2500";
function safe(text) {
  return text.split("\n").map((line) => escapeTerminal(line)).join("\n");
}
function where(c) {
  return c.startLine !== void 0 ? `${c.path}:${c.startLine}-${c.line}` : `${c.path}:${c.line}`;
}
function printReviewPlan(plan, options) {
  const out2 = [];
  out2.push(`sg-guard review: what a pull-request run would post (nothing is sent).`);
  if (!options.diffGiven) out2.push("No --diff given: every finding with a source line counts as part of the diff.");
  out2.push("");
  if (plan.review) {
    out2.push(`${RULE} Review (${plan.review.event}) with ${plan.inline.length} inline comment${plan.inline.length === 1 ? "" : "s"}`);
    for (const c of plan.inline) {
      out2.push("", `${RULE} Inline comment on ${safe(where(c))} (side RIGHT) \xB7 ${c.finding.severity} \xB7 ${safe(c.finding.rule)} \xB7 ${c.finding.id}`, "", safe(c.body));
    }
    out2.push("", `${RULE} Review body`, "", safe(plan.review.body), "");
  } else {
    out2.push(`${RULE} No review: no finding on a line this diff changes.`, "");
  }
  if (plan.summary) out2.push(`${RULE} Summary comment`, "", safe(plan.summary.body).trimEnd(), "");
  if (plan.status) out2.push(`${RULE} Commit status "${safe(plan.status.context)}": ${plan.status.state}: ${safe(plan.status.description)}`);
  return `${out2.join("\n")}
`;
}

// src/graph/render.ts
var GRAPH_FORMATS = ["text", "mermaid", "dot", "json"];
var MAX_DIAGRAM_EDGES = 120;
function touchedFocus(model, graph2) {
  const touched = /* @__PURE__ */ new Set();
  for (const g of model.groups) if (g.action !== "no-op" && g.action !== "read") touched.add(g.address);
  for (const r of model.ruleResources) if (r.action !== "no-op" && r.action !== "read" && r.securityGroup) touched.add(r.securityGroup);
  const after = new Set(model.ruleResources.map((r) => r.address));
  for (const r of model.beforeRuleResources) if (!after.has(r.address) && r.securityGroup) touched.add(r.securityGroup);
  const focus = new Set(touched);
  for (const e of graph2.edges) {
    if (touched.has(e.to)) focus.add(e.from);
    if (touched.has(e.from)) focus.add(e.to);
  }
  return focus;
}
function subgraph(graph2, focus) {
  if (!focus) return graph2;
  const edges = graph2.edges.filter((e) => focus.has(e.from) && focus.has(e.to));
  const nodes = new Map([...graph2.nodes].filter(([id]) => focus.has(id)));
  return { nodes, edges };
}
function changedGraph(model, graph2 = buildGraph(model)) {
  const part = subgraph(graph2, touchedFocus(model, graph2));
  const after = new Set(model.groups.map((g) => g.address));
  const deleted = new Set(model.beforeGroups.filter((g) => !after.has(g.address)).map((g) => g.address));
  if (deleted.size === 0) return part;
  const before = buildGraph(beforeModel(model));
  const nodes = new Map(part.nodes);
  const edges = [...part.edges];
  for (const id of deleted) {
    const n = before.nodes.get(id);
    if (n) nodes.set(id, { ...n, deleted: true });
  }
  for (const e of before.edges) {
    if (!deleted.has(e.to)) continue;
    edges.push(e);
    if (!nodes.has(e.from)) {
      const from = before.nodes.get(e.from);
      if (from) nodes.set(e.from, from);
    }
  }
  return { nodes, edges };
}
var TIER_SHORT = {
  "public-lb": "public LB",
  "internal-lb": "internal LB",
  compute: "instances",
  database: "database",
  lambda: "Lambda",
  ecs: "ECS",
  eks: "EKS",
  endpoint: "VPC endpoint"
};
function nodeLabel(n) {
  if (n.kind === "internet") return "internet";
  const tiers = n.tiers.map((t) => TIER_WORDS[t]).join(", ");
  return tiers ? `${n.id} (${tiers})` : n.id;
}
function shortLabel(n, short) {
  if (n.kind === "internet") return "internet";
  const name2 = n.kind === "group" ? short(n.id) : n.id;
  const extra = [...n.tiers.map((t) => TIER_SHORT[t]), ...n.deleted ? ["deleted"] : []].join(", ");
  const chars = Array.from(name2);
  const cut = chars.length > MAX_LABEL ? `${chars.slice(0, MAX_LABEL - 1).join("")}\u2026` : name2;
  return extra ? `${cut} (${extra})` : cut;
}
var MAX_LABEL = 40;
var MERMAID_ENTITIES = {
  "#": "#35;",
  '"': "#quot;",
  "&": "#38;",
  "<": "#lt;",
  ">": "#gt;",
  "`": "#96;",
  "%": "#37;",
  "[": "#91;",
  "]": "#93;",
  "(": "#40;",
  ")": "#41;",
  "{": "#123;",
  "}": "#125;",
  "|": "#124;"
};
function mermaidText(text) {
  return escapeTerminal(text.replace(/[\r\n]+/g, " ")).replace(/[#"&<>`%[\](){}|]/g, (ch) => MERMAID_ENTITIES[ch] ?? ch);
}
function sortedEdges(graph2) {
  return [...graph2.edges].sort((a, b) => a.to.localeCompare(b.to) || a.from.localeCompare(b.from) || a.traffic.localeCompare(b.traffic));
}
function arrows(graph2) {
  const out2 = /* @__PURE__ */ new Map();
  for (const e of sortedEdges(graph2)) {
    const key2 = `${e.from}|${e.to}|${e.traffic}|${e.possible}`;
    const a = out2.get(key2) ?? { from: e.from, to: e.to, traffic: e.traffic, possible: e.possible, via: [] };
    if (e.from === INTERNET && e.permission.peer.kind === "cidr" && !a.via.includes(e.permission.peer.cidr)) a.via.push(e.permission.peer.cidr);
    out2.set(key2, a);
  }
  return [...out2.values()];
}
function arrowLabel(a) {
  return a.via.length > 0 ? `${a.traffic} from ${a.via.join(", ")}` : a.traffic;
}
var WHOLE_INTERNET = /* @__PURE__ */ new Set(["0.0.0.0/0", "::/0"]);
function drawnArrows(graph2) {
  const out2 = /* @__PURE__ */ new Map();
  for (const a of arrows(graph2)) {
    const key2 = `${a.from}|${a.to}|${a.possible}`;
    const d = out2.get(key2) ?? { from: a.from, to: a.to, possible: a.possible, labels: [] };
    const label = a.via.length > 0 && !a.via.every((c) => WHOLE_INTERNET.has(c)) ? arrowLabel(a) : a.traffic;
    if (!d.labels.includes(label)) d.labels.push(label);
    out2.set(key2, d);
  }
  return [...out2.values()];
}
function direction(nodes, edges) {
  const rank = new Map(nodes.map((n) => [n.id, 0]));
  const limit = nodes.length;
  for (let round = 0; round < limit; round++) {
    let moved = false;
    for (const e of edges) {
      if (e.from === e.to) continue;
      const r = (rank.get(e.from) ?? 0) + 1;
      if (r > (rank.get(e.to) ?? 0) && r <= limit) {
        rank.set(e.to, r);
        moved = true;
      }
    }
    if (!moved) break;
  }
  const widest = /* @__PURE__ */ new Map();
  const side = /* @__PURE__ */ new Map();
  for (const n of nodes) {
    const r = rank.get(n.id) ?? 0;
    const w = Array.from(n.label).length * 7 + 40;
    widest.set(r, Math.max(widest.get(r) ?? 0, w));
    side.set(r, (side.get(r) ?? 0) + w + 20);
  }
  const arrowLabel2 = Math.max(0, ...edges.map((e) => Array.from(e.labels.join(", ")).length)) * 7 + 40;
  const lr = [...widest.values()].reduce((a, b) => a + b, 0) + Math.max(0, widest.size - 1) * arrowLabel2;
  const tb = Math.max(0, ...side.values());
  return lr <= tb || lr <= DIAGRAM_WIDTH ? "LR" : "TB";
}
var DIAGRAM_WIDTH = 740;
function renderMermaid(graph2, maxEdges = MAX_DIAGRAM_EDGES) {
  const ids = /* @__PURE__ */ new Map();
  const edges = drawnArrows(graph2);
  const shown2 = edges.slice(0, maxEdges);
  const used = new Set(shown2.flatMap((e) => [e.from, e.to]));
  const nodes = [...graph2.nodes.values()].filter((n) => used.has(n.id) || n.kind === "group").sort((a, b) => a.id.localeCompare(b.id));
  const short = shortNamer(nodes.filter((n) => n.kind === "group").map((n) => n.id));
  const labels = new Map(nodes.map((n) => [n.id, shortLabel(n, short)]));
  const lines = [`flowchart ${direction([...labels].map(([id, label]) => ({ id, label })), shown2)}`];
  const deleted = [];
  for (const n of nodes) {
    const id = n.kind === "internet" ? "internet" : `n${ids.size}`;
    ids.set(n.id, id);
    const label = mermaidText(labels.get(n.id) ?? n.id);
    lines.push(n.kind === "internet" ? `  internet(("internet"))` : n.kind === "group" ? `  ${id}["${label}"]` : `  ${id}(["${label}"])`);
    if (n.deleted) deleted.push(id);
  }
  const red = [];
  let drawn = 0;
  for (const e of shown2) {
    const from = ids.get(e.from);
    const to = ids.get(e.to);
    if (!from || !to) continue;
    lines.push(`  ${from} ${e.possible ? "-." : "--"} "${mermaidText(e.labels.join(", "))}" ${e.possible ? ".->" : "-->"} ${to}`);
    if (e.from === INTERNET) red.push(drawn);
    drawn++;
  }
  if (red.length > 0) lines.push(`  linkStyle ${red.join(",")} stroke:#d73a49,stroke-width:2px`);
  if (deleted.length > 0) lines.push("  classDef deleted stroke-dasharray: 5 5", `  class ${deleted.join(",")} deleted`);
  if (edges.length > shown2.length) lines.push(`  cut["${mermaidText(`${edges.length - shown2.length} more arrows not drawn; sg-guard graph --format text lists them all`)}"]`);
  return `${lines.join("\n")}
`;
}
function mermaidNote(text) {
  return `flowchart TB
  note["${mermaidText(text)}"]
`;
}
function dotText(text) {
  return escapeTerminal(text.replace(/[\r\n]+/g, " ")).replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/[\r\n]+/g, " ");
}
function renderDot(graph2) {
  const lines = ["digraph sg_guard {", "  rankdir=LR;", "  node [shape=box];"];
  for (const n of [...graph2.nodes.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const shape = n.kind === "internet" ? "doublecircle" : n.kind === "group" ? "box" : "ellipse";
    lines.push(`  "${dotText(n.id)}" [label="${dotText(nodeLabel(n))}", shape=${shape}];`);
  }
  for (const e of arrows(graph2)) {
    const style = [`label="${dotText(arrowLabel(e))}"`, e.from === INTERNET ? "color=red" : "", e.possible ? "style=dashed" : ""].filter(Boolean).join(", ");
    lines.push(`  "${dotText(e.from)}" -> "${dotText(e.to)}" [${style}];`);
  }
  lines.push("}");
  return `${lines.join("\n")}
`;
}
function renderGraphJson(graph2) {
  const groups = [...graph2.nodes.values()].filter((n) => n.kind === "group").sort((a, b) => a.id.localeCompare(b.id));
  const doc = {
    nodes: [...graph2.nodes.values()].sort((a, b) => a.id.localeCompare(b.id)).map((n) => ({ id: n.id, kind: n.kind, tiers: n.tiers })),
    edges: sortedEdges(graph2).map((e) => ({ from: e.from, to: e.to, traffic: e.traffic, resource: e.permission.resource, path: e.permission.path, possible: e.possible })),
    internetReach: Object.fromEntries(groups.map((g) => [g.id, internetReach(graph2, g.id)]).filter(([, r]) => r.length > 0))
  };
  return `${JSON.stringify(doc, null, 2)}
`;
}
function renderGraphText(graph2) {
  const groups = [...graph2.nodes.values()].filter((n) => n.kind === "group").sort((a, b) => a.id.localeCompare(b.id));
  const blocks = [];
  for (const g of groups) {
    const words = [...g.tiers.map((t) => TIER_WORDS[t]), ...g.deleted ? ["deleted by this plan"] : []];
    const lines = [words.length > 0 ? `${g.id}  [${words.join(", ")}]` : g.id];
    for (const a of arrows(graph2).filter((x) => x.to === g.id)) {
      const from = a.from === g.id ? "self" : a.from === INTERNET ? `internet (${a.via.join(", ")})` : a.from;
      lines.push(`  <- ${from}  ${a.traffic}${a.possible ? "  (one of several groups)" : ""}`);
    }
    for (const r of internetReach(graph2, g.id)) {
      lines.push(r.through.length === 0 ? `  internet reaches it directly: ${r.traffic}` : `  internet reaches it through ${r.through.join(" -> ")}: ${r.traffic}`);
    }
    if (lines.length === 1) lines.push("  admits nothing");
    blocks.push(lines.map(escapeTerminal).join("\n"));
  }
  return blocks.length > 0 ? `${blocks.join("\n\n")}
` : "No security groups.\n";
}
function renderGraph(graph2, format) {
  switch (format) {
    case "mermaid":
      return renderMermaid(graph2);
    case "dot":
      return renderDot(graph2);
    case "json":
      return renderGraphJson(graph2);
    case "text":
      return renderGraphText(graph2);
  }
}

// src/report/json.ts
function renderJson(report) {
  const ordered = {
    version: report.version,
    tool: { name: report.tool.name, version: report.tool.version },
    failOn: report.failOn,
    failOnScope: report.failOnScope,
    plans: report.plans.map((plan) => ({
      path: plan.path,
      label: plan.label,
      kind: plan.kind,
      terraformVersion: plan.terraformVersion,
      formatVersion: plan.formatVersion,
      sourceRoot: plan.sourceRoot,
      sourceErrors: plan.sourceErrors.map((e) => ({ file: e.file, reason: e.reason })),
      exposureChanges: [...plan.exposureChanges]
    })),
    findings: report.findings.map(orderFinding),
    summary: {
      critical: report.summary.critical,
      high: report.summary.high,
      medium: report.summary.medium,
      low: report.summary.low,
      info: report.summary.info,
      blocking: report.summary.blocking,
      suppressed: report.summary.suppressed,
      added: report.summary.added,
      removed: report.summary.removed
    },
    ...report.policy ? { policy: { source: report.policy.source, file: report.policy.file, inForce: [...report.policy.inForce], pendingChange: [...report.policy.pendingChange] } } : {}
  };
  return `${JSON.stringify(ordered, null, 2)}
`;
}
function orderFinding(f) {
  const ordered = {
    id: f.id,
    rule: f.rule,
    severity: f.severity,
    title: f.title,
    message: f.message,
    messageId: f.messageId,
    plan: f.plan,
    securityGroup: f.securityGroup,
    resource: f.resource,
    resourceType: f.resourceType,
    path: f.path,
    direction: f.direction,
    protocol: f.protocol,
    fromPort: f.fromPort,
    toPort: f.toPort,
    peer: f.peer,
    peerKind: f.peerKind,
    location: f.location ? { file: f.location.file, line: f.location.line, endLine: f.location.endLine, ...f.location.module ? { module: { source: f.location.module.source, kind: f.location.module.kind } } : {} } : null,
    suppression: f.suppression ? orderSuppression(f.suppression) : null,
    ...f.waiverRequest ? { waiverRequest: { reason: f.waiverRequest.reason, source: f.waiverRequest.source, by: f.waiverRequest.by } } : {},
    change: f.change
  };
  if (f.places) ordered.places = f.places.map((p) => ({ plan: p.plan, resource: p.resource }));
  if (f.aliases && f.aliases.length > 0) ordered.aliases = [...f.aliases];
  return ordered;
}
function orderSuppression(s) {
  const ordered = { kind: s.kind, reason: s.reason, expires: s.expires, source: s.source };
  if (s.kind === "comment" || s.kind === "approved") Object.assign(ordered, { by: s.by ?? null, at: s.at ?? null });
  if (s.kind === "approved") Object.assign(ordered, { approvedIn: s.approvedIn ?? null });
  return ordered;
}

// src/report/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var SARIF_VERSION = "2.1.0";
var FINGERPRINT_KEY = "sgGuardFindingId/v1";
var LEVELS = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note"
};
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "1.0"
};
var RULE_TAGS = ["security", "terraform", "aws", "security-group"];
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
}
function artifactUri(planPath) {
  let p = planPath.replace(/\\/g, "/").replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
  while (p.startsWith("./")) p = p.slice(2);
  return encodeURI(p).replace(/[#?]/g, (ch) => ch === "#" ? "%23" : "%3F");
}
function sarifRule(rule20) {
  const references = rule20.references.map((r) => `- ${r.title}: ${r.url}`).join("\n");
  const referencesMd = rule20.references.map((r) => `- [${r.title}](${r.url})`).join("\n");
  const docs = rule20.custom ? null : ruleDocsUrl(rule20.name);
  const text = [
    rule20.description,
    `Why it matters: ${rule20.why}`,
    `How to fix: ${rule20.fix}`,
    ...references ? [`References:
${references}`] : [],
    ...docs ? [`Documentation: ${docs}`] : []
  ].join("\n\n");
  const markdown = [
    ruleText(rule20, rule20.description),
    `## Why it matters

${ruleText(rule20, rule20.why)}`,
    `## How to fix

${ruleText(rule20, rule20.fix)}`,
    ...referencesMd ? [`## References

${referencesMd}`] : [],
    ...docs ? [`[Rule documentation](${docs})`] : []
  ].join("\n\n");
  return {
    id: rule20.name,
    name: pascalCase(rule20.name),
    shortDescription: { text: rule20.title },
    fullDescription: { text: rule20.description },
    help: { text, markdown },
    ...docs ? { helpUri: docs } : {},
    defaultConfiguration: { level: LEVELS[rule20.severity] },
    properties: { tags: [...RULE_TAGS], precision: "very-high", "security-severity": SECURITY_SEVERITY[rule20.severity] }
  };
}
function placeholderRule(finding) {
  return {
    id: finding.rule,
    name: pascalCase(finding.rule),
    shortDescription: { text: finding.title },
    fullDescription: { text: finding.title },
    defaultConfiguration: { level: LEVELS[finding.severity] },
    properties: { tags: [...RULE_TAGS], precision: "very-high", "security-severity": SECURITY_SEVERITY[finding.severity] }
  };
}
function sarifSuppression(s) {
  if (s.kind === "inline") return { kind: "inSource", justification: `${s.reason} (sg-guard:ignore at ${s.source})` };
  if (s.kind === "approved") {
    const who = s.by ? ` by @${s.by}` : "";
    const when = s.at ? ` on ${s.at.slice(0, 10)}` : "";
    return {
      kind: "inSource",
      justification: `${s.reason} (sg-guard:ignore at ${s.source}, added by the pull request and approved${who}${when})`,
      properties: { by: s.by ?? null, at: s.at ?? null, source: s.source, approvedIn: s.approvedIn ?? null }
    };
  }
  if (s.kind === "comment") {
    const who = s.by ? ` by @${s.by}` : "";
    const when = s.at ? ` on ${s.at.slice(0, 10)}` : "";
    return {
      kind: "external",
      justification: `${s.reason} (ignored${who}${when} in a pull request comment${s.expires ? `, until ${s.expires}` : ""})`,
      properties: { by: s.by ?? null, at: s.at ?? null, source: s.source }
    };
  }
  return { kind: "external", justification: `${s.reason} (exception in ${s.source}${s.expires ? `, until ${s.expires}` : ""})` };
}
function suppressionsOf(f) {
  return { suppressions: f.suppression ? [sarifSuppression(f.suppression)] : [] };
}
function relatedLocationsOf(f, names3) {
  const others = otherPlaces(f);
  if (others.length === 0) return {};
  return {
    relatedLocations: others.map((p, i2) => ({
      id: i2 + 1,
      physicalLocation: physicalLocation(f),
      logicalLocations: [{ fullyQualifiedName: findingLocation({ resource: p.resource, path: f.path }), kind: "resource" }],
      message: { text: `Also in ${planName(names3, p.plan)}: ${p.resource}` }
    }))
  };
}
function isSemver(version) {
  return /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(version);
}
function physicalLocation(f) {
  if (f.location) {
    return { artifactLocation: { uri: artifactUri(f.location.file) }, region: { startLine: f.location.line, endLine: f.location.endLine } };
  }
  return { artifactLocation: { uri: artifactUri(f.plan) }, region: { startLine: 1 } };
}
function automationId(report) {
  const labels = [...new Set(report.plans.map((p) => p.label))];
  if (labels.length !== 1 || labels[0] === ".") return "sg-guard/";
  const safe2 = labels[0].replace(/[^A-Za-z0-9._/-]/g, "-").replace(/\/{2,}/g, "/").replace(/^\/|\/$/g, "").slice(0, 200);
  return safe2 === "" ? "sg-guard/" : `sg-guard/${safe2}/`;
}
function renderSarif(report, rules) {
  const byName2 = /* @__PURE__ */ new Map();
  for (const rule20 of [...rules].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
    if (!byName2.has(rule20.name)) byName2.set(rule20.name, sarifRule(rule20));
  }
  const findings = report.findings.filter((f) => f.change !== "removed").sort(compareFindings);
  for (const f of findings) {
    if (!byName2.has(f.rule)) byName2.set(f.rule, placeholderRule(f));
  }
  const descriptors = [...byName2.values()];
  const index = new Map(descriptors.map((d, i2) => [d.id, i2]));
  const names3 = planNames(report.plans);
  const results = findings.map((f) => ({
    ruleId: f.rule,
    ruleIndex: index.get(f.rule) ?? -1,
    level: LEVELS[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: physicalLocation(f),
        logicalLocations: [{ fullyQualifiedName: findingLocation(f), kind: "resource" }]
      }
    ],
    ...relatedLocationsOf(f, names3),
    partialFingerprints: { [FINGERPRINT_KEY]: f.id },
    ...suppressionsOf(f),
    properties: {
      securityGroup: f.securityGroup,
      severity: f.severity,
      change: f.change,
      // A request is no suppression: the result stays open until a maintainer approves it.
      ...f.waiverRequest && !f.suppression ? { waiverRequest: { reason: f.waiverRequest.reason, source: f.waiverRequest.source, by: f.waiverRequest.by } } : {},
      ...f.places ? { places: f.places.map((p) => ({ plan: p.plan, label: planName(names3, p.plan), resource: p.resource })) } : {}
    }
  }));
  const driver = {
    name: report.tool.name,
    version: report.tool.version,
    ...isSemver(report.tool.version) ? { semanticVersion: report.tool.version } : {},
    informationUri: TOOL_URI,
    rules: descriptors
  };
  const log = {
    $schema: SARIF_SCHEMA,
    version: SARIF_VERSION,
    runs: [{ tool: { driver }, automationDetails: { id: automationId(report) }, results }]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}

// src/report/ports.ts
function describePermission(finding) {
  const parts2 = [];
  if (finding.direction) parts2.push(finding.direction);
  const traffic2 = describeTraffic(finding);
  if (traffic2) parts2.push(traffic2);
  if (finding.peer != null) parts2.push(`${finding.direction === "egress" ? "to" : "from"} ${finding.peer}`);
  return parts2.join(" ");
}

// src/report/text.ts
var UNKNOWN_GROUP_HEADING = "(group unknown until apply)";
var ANSI = {
  reset: "\x1B[0m",
  bold: "\x1B[1m",
  dim: "\x1B[2m",
  red: "\x1B[31m",
  green: "\x1B[32m",
  yellow: "\x1B[33m",
  cyan: "\x1B[36m"
};
var SEVERITY_STYLE = {
  critical: ANSI.bold + ANSI.red,
  high: ANSI.red,
  medium: ANSI.yellow,
  low: ANSI.cyan,
  info: ANSI.dim
};
var SEVERITY_WIDTH = "CRITICAL".length;
var MAX_RULE_WIDTH = 40;
var INDENT = "  ";
function renderText(report, options) {
  const paint = (style, text) => options.color ? `${style}${text}${ANSI.reset}` : text;
  const notes = report.plans.flatMap((p) => p.sourceErrors).map((e) => paint(ANSI.dim, escapeTerminal(`note: could not read ${e.file}: ${e.reason}`)));
  const tail = notes.length > 0 ? `${notes.join("\n")}
` : "";
  const head = exposureChanges(report, paint);
  const current = report.findings.filter((f) => f.change !== "removed");
  const removed = report.findings.filter((f) => f.change === "removed").sort(compareFindings);
  if (current.length === 0 && removed.length === 0) {
    return `${head}No security-group findings in ${plural(report.plans.length, "plan")}.
${tail}`;
  }
  const active = current.filter((f) => !f.suppression);
  const suppressed = current.filter((f) => f.suppression).sort(compareFindings);
  const ruleWidth = Math.min(MAX_RULE_WIDTH, report.findings.reduce((w, f) => Math.max(w, escapeTerminal(f.rule).length), 0));
  const detailIndent = INDENT + " ".repeat(SEVERITY_WIDTH + 2);
  const names3 = planNames(report.plans);
  const several = report.plans.length > 1;
  const findingLines = (f) => {
    const severity = paint(SEVERITY_STYLE[f.severity], f.severity.toUpperCase().padEnd(SEVERITY_WIDTH));
    const rule20 = escapeTerminal(f.rule).padEnd(ruleWidth);
    const parts2 = [
      f.location ? `${f.location.file}:${f.location.line}${remoteNote(f)}` : "",
      findingLocation(f),
      describePermission(f),
      f.change === "unchanged" ? "already there before this plan" : "",
      several ? `in ${planName(names3, f.plan)}` : ""
    ];
    const lines = [`${INDENT}${severity}  ${rule20}  ${escapeTerminal(f.message)}`, detailIndent + paint(ANSI.dim, escapeTerminal(parts2.filter(Boolean).join(" \xB7 ")))];
    const others = otherPlaces(f);
    if (others.length > 0) {
      const listed2 = others.slice(0, MAX_PLACES_LISTED).map((p) => `${planName(names3, p.plan)}${p.resource === f.resource ? "" : ` (${p.resource})`}`);
      if (others.length > listed2.length) listed2.push(`and ${others.length - listed2.length} more`);
      lines.push(detailIndent + escapeTerminal(`also in: ${listed2.join(", ")}`));
    }
    if (f.suppression) lines.push(detailIndent + escapeTerminal(describeSuppression(f.suppression)));
    else if (f.waiverRequest) {
      const r = f.waiverRequest;
      lines.push(detailIndent + escapeTerminal(`waiver requested${r.by ? ` by @${r.by}` : ""} at ${r.source}, not approved: ${r.reason}`));
    }
    return lines;
  };
  const blocks = groupFindings(active).map(
    ({ group, findings }) => [paint(ANSI.bold, group === null ? UNKNOWN_GROUP_HEADING : escapeTerminal(group)), ...findings.flatMap(findingLines)].join("\n")
  );
  if (suppressed.length > 0) blocks.push([paint(ANSI.bold, `Suppressed (${suppressed.length})`), ...suppressed.flatMap(findingLines)].join("\n"));
  if (removed.length > 0) blocks.push([paint(ANSI.bold, `Fixed by this plan (${removed.length})`), ...removed.flatMap(findingLines)].join("\n"));
  return `${head}${blocks.join("\n\n")}

${summaryLine(report, paint)}
${tail}`;
}
var MAX_PLACES_LISTED = 20;
var MAX_EXPOSURE_LINES = 30;
function exposureChanges(report, paint) {
  const names3 = planNames(report.plans);
  const lines = report.plans.flatMap((p) => p.exposureChanges.map((c) => report.plans.length > 1 ? `${planName(names3, p.path)}: ${c}` : c));
  if (lines.length === 0) return "";
  const shown2 = lines.slice(0, MAX_EXPOSURE_LINES).map((l) => `${INDENT}${escapeTerminal(l)}`);
  if (lines.length > shown2.length) shown2.push(`${INDENT}... ${lines.length - shown2.length} more (see --format json)`);
  return `${paint(ANSI.bold, "What this plan changes")}
${shown2.join("\n")}

`;
}
function remoteNote(f) {
  const m = f.location?.module;
  if (!m) return "";
  return m.kind === "remote" ? ` (module call; its source ${m.source ?? ""} is remote)` : ` (module call; its source ${m.source ?? ""} is not on disk)`;
}
function describeSuppression(s) {
  if (s.kind === "inline") return `suppressed by sg-guard:ignore at ${s.source}: ${s.reason}`;
  if (s.kind === "approved") return `sg-guard:ignore at ${s.source}, approved${s.by ? ` by @${s.by}` : ""}${s.at ? ` on ${s.at.slice(0, 10)}` : ""}: ${s.reason}`;
  if (s.kind === "comment") {
    return `ignored${s.by ? ` by @${s.by}` : ""}${s.at ? ` on ${s.at.slice(0, 10)}` : ""} in a pull request comment${s.expires ? ` until ${s.expires}` : ""}: ${s.reason}`;
  }
  return `excepted in ${s.source}${s.expires ? ` until ${s.expires}` : ""}: ${s.reason}`;
}
function summaryLine(report, paint) {
  const active = formatCounts(report.summary);
  const extras = [
    report.summary.suppressed > 0 ? `${report.summary.suppressed} suppressed` : "",
    report.summary.removed > 0 ? `${report.summary.removed} fixed by this plan` : ""
  ].filter(Boolean);
  const counts = extras.length > 0 ? [active === "no findings" ? "no active findings" : active, ...extras].join(", ") : active;
  const scope = report.failOnScope === "added" ? " (new findings only)" : "";
  if (report.failOn === "never") return `${counts} \u2014 ${paint(ANSI.green, "not blocking (fail-on never)")}`;
  if (report.summary.blocking > 0) {
    return `${counts} \u2014 ${paint(ANSI.bold + ANSI.red, `blocking at fail-on ${report.failOn}${scope}: ${plural(report.summary.blocking, "finding")}`)}`;
  }
  return `${counts} \u2014 ${paint(ANSI.green, `passes at fail-on ${report.failOn}${scope}`)}`;
}
function groupFindings(findings) {
  const byGroup = /* @__PURE__ */ new Map();
  for (const f of [...findings].sort(compareFindings)) {
    const list = byGroup.get(f.securityGroup);
    if (list) list.push(f);
    else byGroup.set(f.securityGroup, [f]);
  }
  return [...byGroup.entries()].map(([group, list]) => ({ group, findings: list })).sort((a, b) => compareFindings(a.findings[0], b.findings[0]));
}

// src/render.ts
var FORMATS = ["text", "json", "sarif", "markdown"];
function render(report, format, options) {
  const metas = (options.rules ?? RULES).map((r) => r.meta);
  switch (format) {
    case "text":
      return renderText(report, { color: options.color });
    case "json":
      return renderJson(report);
    case "sarif":
      return renderSarif(report, metas);
    case "markdown":
      return renderMarkdown(report, metas, { diagrams: diagrams(options.models ?? []) });
  }
}
function touchedGroupCount(model) {
  const touched = /* @__PURE__ */ new Set();
  for (const g of model.groups) if (g.action !== "no-op" && g.action !== "read" && g.address !== INTERNET) touched.add(g.address);
  const after = new Set(model.groups.map((g) => g.address));
  for (const g of model.beforeGroups) if (!after.has(g.address)) touched.add(g.address);
  return touched.size;
}
function diagrams(models) {
  return models.flatMap((m) => {
    const touched = touchedGroupCount(m);
    if (touched * 9 > MAX_DIAGRAM_LENGTH) {
      return [{ plan: m.plan.path, mermaid: mermaidNote(`This plan touches ${touched} groups: too many to draw here. sg-guard graph --changed draws them.`) }];
    }
    const part = changedGraph(m);
    if (part.edges.length === 0) return [];
    for (let max = MAX_DIAGRAM_EDGES; max >= 1; max = Math.floor(max / 2)) {
      const mermaid = renderMermaid(part, max);
      if (mermaid.length <= MAX_DIAGRAM_LENGTH) return [{ plan: m.plan.path, mermaid }];
    }
    return [{ plan: m.plan.path, mermaid: mermaidNote("The diagram of this plan is too large to show here. sg-guard graph --changed draws it.") }];
  });
}

// src/paths.ts
import { readdir as readdir2, stat } from "node:fs/promises";
import { posix as posix2 } from "node:path";
var SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".terraform"]);
function normalise(pattern) {
  return pattern.replace(/\\/g, "/").replace(/^\.\//, "");
}
function glob(pattern) {
  return new Minimatch(normalise(pattern), { dot: false, nocomment: true, nonegate: true });
}
async function isFile(path2) {
  try {
    return (await stat(path2)).isFile();
  } catch {
    return false;
  }
}
async function resolvePaths(patterns, options) {
  const out2 = [];
  const unmatched = [];
  for (const pattern of patterns) {
    const matcher = glob(pattern);
    if (pattern === "-" || !matcher.hasMagic() || await isFile(pattern)) {
      out2.push(pattern);
      continue;
    }
    const parts2 = normalise(pattern).split("/");
    const fixed2 = [];
    for (const part of parts2.slice(0, -1)) {
      if (new Minimatch(part).hasMagic()) break;
      fixed2.push(part);
    }
    const base = fixed2.join("/") || (parts2[0] === "" ? "/" : "");
    const matches = (await walk(base)).filter((file) => matcher.match(file)).sort();
    if (matches.length === 0) {
      if (options.noMatch === "collect") unmatched.push(pattern);
      else throw new InputError(options.what, `"${pattern}" matches no file`);
    }
    out2.push(...matches);
  }
  return { paths: [...new Set(out2)], unmatched };
}
async function walk(dir) {
  let entries;
  try {
    entries = await readdir2(dir === "" ? "." : dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const files = [];
  for (const e of entries) {
    const path2 = dir === "" ? e.name : posix2.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_DIRS.has(e.name)) files.push(...await walk(path2));
    } else if (e.isFile()) files.push(path2);
  }
  return files;
}

// src/roots/changed.ts
import { execFile } from "node:child_process";
var MAX_OUTPUT = 64 * 1024 * 1024;
function changedSince(dir, ref) {
  if (ref.startsWith("-") || /[\s\0]/.test(ref)) return Promise.reject(new InputError("--changed-from", `"${ref}" is not a git revision`));
  return new Promise((done, fail4) => {
    execFile(
      "git",
      ["diff", "--name-only", "--no-renames", "--relative", "-z", `${ref}...HEAD`, "--"],
      { cwd: dir, maxBuffer: MAX_OUTPUT, encoding: "utf8", env: { ...process.env, GIT_TERMINAL_PROMPT: "0" } },
      (err2, stdout, stderr) => {
        if (err2) {
          const why = (stderr || err2.message).trim().split("\n")[0] ?? "";
          fail4(new InputError("--changed-from", `git cannot compare ${ref} with HEAD in ${dir} (${why}); with actions/checkout, fetch the history (fetch-depth: 0) or the base branch first`));
          return;
        }
        done(stdout.split("\0").filter((p) => p !== ""));
      }
    );
  });
}
function changedList(text) {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
}

// src/roots/roots.ts
import { readdir as readdir3 } from "node:fs/promises";
import { join as join3, posix as posix3, relative as relative4, sep as sep5 } from "node:path";
var SKIPPED = /* @__PURE__ */ new Set([".git", ".terraform", "node_modules", ".terragrunt-cache"]);
var MAX_DIRECTORIES = 2e4;
function selectsDirectory(name2) {
  return name2.endsWith(".tf") || name2.endsWith(".tf.json") || name2.endsWith(".tfvars") || name2.endsWith(".tfvars.json") || name2 === ".terraform.lock.hcl" || name2 === "terragrunt.hcl";
}
function toPosix(path2) {
  return path2.split(sep5).join("/");
}
async function terraformDirectories(base, notes) {
  const found = [];
  const queue = ["."];
  let read2 = 0;
  while (queue.length > 0) {
    const dir = queue.shift();
    if (++read2 > MAX_DIRECTORIES) {
      notes.push(`stopped after ${MAX_DIRECTORIES} directories; name the roots with --roots`);
      break;
    }
    let entries;
    try {
      entries = await readdir3(join3(base, dir), { withFileTypes: true });
    } catch {
      continue;
    }
    let terraform = false;
    for (const e of entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
      if (e.isDirectory() && !SKIPPED.has(e.name)) queue.push(dir === "." ? e.name : `${dir}/${e.name}`);
      else if (e.isFile() && (e.name.endsWith(".tf") || e.name.endsWith(".tf.json")) && !e.name.startsWith(".")) terraform = true;
    }
    if (terraform) found.push(dir);
  }
  return found.sort();
}
async function readLayout(base, rootGlob) {
  const notes = [];
  const directories = await terraformDirectories(base, notes);
  const calls = /* @__PURE__ */ new Map();
  const called = /* @__PURE__ */ new Set();
  for (const dir of directories) {
    const read2 = await readDirectory(join3(base, dir));
    for (const [file, reason] of read2.failures) notes.push(`${toPosix(relative4(base, file))}: ${reason}`);
    const targets = /* @__PURE__ */ new Set();
    for (const file of read2.files) {
      for (const block of file.blocks) {
        if (block.type !== "module") continue;
        const source = literalString(block, "source");
        if (source === void 0 || !isLocalSource(source)) continue;
        const target = posix3.normalize(posix3.join(dir, source.replace(/\\/g, "/"))).replace(/\/$/, "") || ".";
        if (target.startsWith("..")) {
          notes.push(`${dir}: module "${block.labels[0] ?? ""}" calls ${source}, outside ${base}`);
          continue;
        }
        targets.add(target);
        if (target !== dir) called.add(target);
      }
    }
    calls.set(dir, [...targets].sort());
  }
  let roots2;
  if (rootGlob !== void 0) {
    const glob2 = new Minimatch(rootGlob, { dot: true, nocomment: true, nonegate: true });
    roots2 = directories.filter((d) => glob2.match(d));
  } else {
    roots2 = directories.filter((d) => !called.has(d));
  }
  return { directories, calls, roots: roots2, notes };
}
function selectedDirectory(path2) {
  const clean = posix3.normalize(path2.replace(/\\/g, "/")).replace(/^\.\//, "");
  if (clean.startsWith("..") || clean === "" || clean.endsWith("/")) return null;
  const slash = clean.lastIndexOf("/");
  const name2 = slash < 0 ? clean : clean.slice(slash + 1);
  if (!selectsDirectory(name2)) return null;
  return slash < 0 ? "." : clean.slice(0, slash);
}
function affectedRoots(layout, changed) {
  const callers = /* @__PURE__ */ new Map();
  for (const [from, targets] of layout.calls) {
    for (const to of targets) {
      const list = callers.get(to) ?? [];
      list.push(from);
      callers.set(to, list);
    }
  }
  const seen = /* @__PURE__ */ new Set();
  const queue = [];
  for (const path2 of changed) {
    const dir = selectedDirectory(path2);
    if (dir !== null && !seen.has(dir)) {
      seen.add(dir);
      queue.push(dir);
    }
  }
  for (let i2 = 0; i2 < queue.length; i2++) {
    for (const caller of callers.get(queue[i2]) ?? []) {
      if (!seen.has(caller)) {
        seen.add(caller);
        queue.push(caller);
      }
    }
  }
  return layout.roots.filter((r) => seen.has(r));
}

// src/cli/main.ts
var EXIT_OK = 0;
var EXIT_BLOCKING = 1;
var EXIT_ERROR = 2;
var USAGE = `Usage: ${TOOL_NAME} <command> [options]

Commands:
  check PLAN...        Check terraform show -json output (plans or states; '-' reads stdin).
                       PLAN may be a glob ('live/*/plan.json', quoted): several plans make
                       one report, each labelled with its directory; the same block of a
                       module used by several of them is reported once, with every place
  review PLAN...       Print what the GitHub Action would post on a pull request (no network)
  graph PLAN...        Show who can reach which security group: text, mermaid, dot or json
  roots                The Terraform roots a change affects, following local modules (for a matrix)
  rules                List the rules with their default severity
  help                 Show this help

Options for check:
  -f, --format FORMAT  text (default), json, sarif or markdown
  -o, --output FILE    Write the report to FILE instead of stdout
      --fail-on LEVEL  critical, high (default), medium, low, info or never
      --fail-on-scope SCOPE  all (default): every finding can block; added: only what
                       the plan introduces or widens (what was there before is listed
                       as already there)
  -c, --config FILE    Configuration file (default: .github/sg-guard.yml when present)
      --root DIR       Terraform root directory of the plans, to point findings at .tf lines
                       (default: each plan file's directory)
      --no-color       Never colour text output (colour is used only on a terminal)

Options for roots (one of --changed-from or --files):
      --changed-from REF  The files changed since REF (git: its merge base with HEAD)
      --files FILE        The changed files, one path per line relative to --root ('-': stdin)
      --root DIR          Where the Terraform directories are (default: .); roots are printed relative to it
      --roots GLOB        Which directories are roots (default: those no other directory calls as a module)
  -f, --format FORMAT     lines (default: one root per line) or json (an array, for strategy.matrix)

Options for graph:
  -f, --format FORMAT  text (default), mermaid, dot or json
      --changed        Only the groups the plan touches and their neighbours

Options for review (and --fail-on, --fail-on-scope, --config, --root as for check):
      --diff FILE      The pull request's diff (git diff output): only findings on lines it
                       changes become inline comments, the others are listed as outside the diff
      --max-inline-comments N   Most inline comments (default 25)
      --inline-min-severity LEVEL  Least severe finding commented on its line (default
                                medium; config inline-min-severity); the rest are counted
      --request-changes         Request changes while findings block (the review input)
      --status-context NAME     The commit status name (default sg-guard)

Exit status: 0 nothing at or above --fail-on, 1 blocking findings, 2 usage or input error.
Make the JSON with: terraform show -json PLANFILE > plan.json`;
var UsageError = class extends Error {
};
function scopeOf(raw) {
  if (raw === void 0) return void 0;
  if (!FAIL_ON_SCOPES.includes(raw)) throw new UsageError(`--fail-on-scope must be one of ${FAIL_ON_SCOPES.join(", ")}, not "${raw}"`);
  return raw;
}
async function planPaths(args2) {
  return (await resolvePaths(args2, { what: "plan argument" })).paths;
}
async function realPathOf(path2) {
  try {
    return await realpath(path2);
  } catch {
    return null;
  }
}
async function refuseOverwrite(output, plans, config) {
  const target = await realPathOf(output);
  if (target === null) return;
  for (const input of [...plans.filter((p) => p !== "-"), ...config === void 0 ? [] : [config]]) {
    if (await realPathOf(input) === target) throw new InputError(output, `is an input of this run (${input === config ? "the configuration" : "a plan"}): --output must name another file`);
  }
}
async function check(args2, io) {
  const { values, positionals } = parseArgs({
    args: args2,
    allowPositionals: true,
    options: {
      format: { type: "string", short: "f" },
      output: { type: "string", short: "o" },
      "fail-on": { type: "string" },
      "fail-on-scope": { type: "string" },
      config: { type: "string", short: "c" },
      root: { type: "string" },
      "no-color": { type: "boolean" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(`${USAGE}
`);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError("check needs at least one plan file (terraform show -json output), or - for stdin");
  if (positionals.filter((p) => p === "-").length > 1) throw new UsageError("stdin (-) can be read only once");
  const format = values.format ?? "text";
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not "${values.format}"`);
  const failOn = values["fail-on"];
  if (failOn !== void 0 && !THRESHOLDS.includes(failOn)) throw new UsageError(`--fail-on must be one of ${THRESHOLDS.join(", ")}, not "${failOn}"`);
  const failOnScope = scopeOf(values["fail-on-scope"]);
  const request = { plans: await planPaths(positionals), failOn };
  if (failOnScope !== void 0) request.failOnScope = failOnScope;
  if (io.stdin) request.stdin = io.stdin;
  if (values.config !== void 0) request.configPath = values.config;
  if (values.root !== void 0) request.root = values.root;
  if (values.output !== void 0) await refuseOverwrite(values.output, request.plans, values.config);
  const { report, notices, rules, models } = await runCheck(request);
  for (const n of notices) io.stderr(`${TOOL_NAME}: note: ${n}
`);
  const color = format === "text" && !values.output && !values["no-color"] && io.isTty && !io.env.NO_COLOR;
  const text = render(report, format, { color, rules, models });
  if (values.output) {
    try {
      await writeFile(values.output, text);
    } catch (err2) {
      throw new InputError(values.output, `cannot write report: ${err2.message}`);
    }
  } else {
    io.stdout(text);
  }
  return report.summary.blocking > 0 ? EXIT_BLOCKING : EXIT_OK;
}
async function review(args2, io) {
  const { values, positionals } = parseArgs({
    args: args2,
    allowPositionals: true,
    options: {
      diff: { type: "string" },
      "fail-on": { type: "string" },
      "fail-on-scope": { type: "string" },
      config: { type: "string", short: "c" },
      root: { type: "string" },
      "max-inline-comments": { type: "string" },
      "inline-min-severity": { type: "string" },
      "request-changes": { type: "boolean" },
      "status-context": { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(`${USAGE}
`);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError("review needs at least one plan file (terraform show -json output), or - for stdin");
  if (positionals.filter((p) => p === "-").length > 1) throw new UsageError("stdin (-) can be read only once");
  const failOn = values["fail-on"];
  if (failOn !== void 0 && !THRESHOLDS.includes(failOn)) throw new UsageError(`--fail-on must be one of ${THRESHOLDS.join(", ")}, not "${failOn}"`);
  const failOnScope = scopeOf(values["fail-on-scope"]);
  const maxRaw = values["max-inline-comments"] ?? String(DEFAULT_MAX_INLINE_COMMENTS);
  const maxInlineComments = /^\d{1,4}$/.test(maxRaw) ? Number(maxRaw) : NaN;
  if (!(maxInlineComments <= MAX_INLINE_COMMENTS_LIMIT)) throw new UsageError(`--max-inline-comments must be a whole number from 0 to ${MAX_INLINE_COMMENTS_LIMIT}`);
  const minSeverity = values["inline-min-severity"];
  if (minSeverity !== void 0 && !SEVERITIES.includes(minSeverity)) throw new UsageError(`--inline-min-severity must be one of ${SEVERITIES.join(", ")}, not "${minSeverity}"`);
  let diff = null;
  if (values.diff !== void 0) {
    let text;
    try {
      text = await readFile4(values.diff, "utf8");
    } catch (err2) {
      throw new InputError(values.diff, `cannot read the diff: ${err2.message}`);
    }
    if (text.trim() !== "" && !/^(?:diff --git |--- |\+\+\+ |@@ )/m.test(text)) {
      throw new InputError(values.diff, "is not a unified diff (the output of `git diff`, or the pull request's .diff)");
    }
    diff = parseUnifiedDiff(text);
  }
  const request = { plans: await planPaths(positionals), failOn };
  if (failOnScope !== void 0) request.failOnScope = failOnScope;
  if (io.stdin) request.stdin = io.stdin;
  if (values.config !== void 0) request.configPath = values.config;
  if (values.root !== void 0) request.root = values.root;
  const { report, rules, notices, models, config } = await runCheck(request);
  for (const n of notices) io.stderr(`${TOOL_NAME}: note: ${n}
`);
  const plan = planReview(
    report,
    { diff, reviewComments: [], reviews: [], issueComments: [] },
    {
      review: values["request-changes"] ? "request-changes" : "comment",
      maxInlineComments,
      inlineMinSeverity: minSeverity ?? config.inlineMinSeverity ?? DEFAULT_INLINE_MIN_SEVERITY,
      summary: "update",
      context: values["status-context"] ?? DEFAULT_STATUS_CONTEXT,
      headSha: "",
      tool: { name: TOOL_NAME, version: VERSION },
      rules: rules.map((r) => r.meta),
      diagrams: diagrams(models)
    }
  );
  io.stdout(printReviewPlan(plan, { diffGiven: diff !== null }));
  return report.summary.blocking > 0 ? EXIT_BLOCKING : EXIT_OK;
}
async function roots(args2, io) {
  const { values, positionals } = parseArgs({
    args: args2,
    allowPositionals: true,
    options: {
      "changed-from": { type: "string" },
      files: { type: "string" },
      root: { type: "string" },
      roots: { type: "string" },
      format: { type: "string", short: "f" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(`${USAGE}
`);
    return EXIT_OK;
  }
  if (positionals.length > 0) throw new UsageError(`roots takes no arguments (got "${positionals[0]}"): give the changed files with --changed-from or --files`);
  if (values["changed-from"] === void 0 === (values.files === void 0)) throw new UsageError("roots needs one of --changed-from REF or --files FILE");
  const format = values.format ?? "lines";
  if (format !== "lines" && format !== "json") throw new UsageError(`--format must be lines or json, not "${format}"`);
  const base = values.root ?? ".";
  if (!await isDirectory(base)) throw new InputError(base, "is not a directory (--root)");
  let changed;
  if (values["changed-from"] !== void 0) {
    changed = await changedSince(base, values["changed-from"]);
  } else {
    const file = values.files;
    let text;
    try {
      text = file === "-" ? await readAll(io.stdin ?? process.stdin) : await readFile4(file, "utf8");
    } catch (err2) {
      throw new InputError(file === "-" ? "stdin" : file, `cannot read the list of changed files: ${err2.message}`);
    }
    changed = changedList(text);
  }
  const layout = await readLayout(base, values.roots);
  for (const note of layout.notes) io.stderr(`${TOOL_NAME}: note: ${escapeTerminal(note)}
`);
  const affected = affectedRoots(layout, changed);
  if (format === "json") io.stdout(`${JSON.stringify(affected)}
`);
  else for (const root of affected) io.stdout(`${escapeTerminal(root)}
`);
  return EXIT_OK;
}
async function isDirectory(path2) {
  try {
    return (await stat2(path2)).isDirectory();
  } catch {
    return false;
  }
}
async function readAll(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}
async function graph(args2, io) {
  const { values, positionals } = parseArgs({
    args: args2,
    allowPositionals: true,
    options: {
      format: { type: "string", short: "f" },
      changed: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(`${USAGE}
`);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError("graph needs at least one plan file (terraform show -json output), or - for stdin");
  if (positionals.filter((p) => p === "-").length > 1) throw new UsageError("stdin (-) can be read only once");
  const format = values.format ?? "text";
  if (!GRAPH_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${GRAPH_FORMATS.join(", ")}, not "${values.format}"`);
  const paths = await planPaths(positionals);
  for (const path2 of paths) {
    const model = buildModel(await loadPlan(path2, io.stdin ? { stdin: io.stdin } : {}));
    const full = buildGraph(model);
    const shown2 = values.changed ? changedGraph(model, full) : full;
    if (paths.length > 1 && format === "text") io.stdout(`== ${path2}
`);
    io.stdout(renderGraph(shown2, format));
  }
  return EXIT_OK;
}
function listRules(io) {
  const width = Math.max(...RULES.map((r) => r.meta.name.length));
  for (const r of RULES) io.stdout(`${r.meta.name.padEnd(width)}  ${r.meta.severity.padEnd(8)}  ${r.meta.title}${r.meta.enabledByDefault === false ? " (off by default)" : ""}
`);
  return EXIT_OK;
}
async function main(argv, io) {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "check":
        return await check(rest, io);
      case "review":
        return await review(rest, io);
      case "roots":
        return await roots(rest, io);
      case "graph":
        return await graph(rest, io);
      case "rules":
        return listRules(io);
      case void 0:
      case "help":
      case "--help":
      case "-h":
        io.stdout(`${USAGE}
`);
        return command === void 0 ? EXIT_ERROR : EXIT_OK;
      case "--version":
      case "-v":
      case "version":
        io.stdout(`${TOOL_NAME} ${VERSION}
`);
        return EXIT_OK;
      default:
        throw new UsageError(`unknown command "${command}" (try: ${TOOL_NAME} check plan.json)`);
    }
  } catch (err2) {
    if (err2 instanceof UsageError || err2.code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`${TOOL_NAME}: ${err2.message.split("\n").join(" ")}
Run '${TOOL_NAME} help' for usage.
`);
      return EXIT_ERROR;
    }
    if (err2 instanceof InputError) {
      io.stderr(`${TOOL_NAME}: error: ${err2.message}
`);
      return EXIT_ERROR;
    }
    io.stderr(`${TOOL_NAME}: internal error: ${err2.stack ?? String(err2)}
`);
    return EXIT_ERROR;
  }
}

// src/cli.ts
var SLICE = 1 << 20;
function write(stream, text) {
  for (let start2 = 0; start2 < text.length; ) {
    let end = Math.min(text.length, start2 + SLICE);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 55296 && last <= 56319) end--;
    stream.write(end - start2 === text.length ? text : text.slice(start2, end));
    start2 = end;
  }
}
main(process.argv.slice(2), {
  stdout: (text) => write(process.stdout, text),
  stderr: (text) => process.stderr.write(text),
  isTty: Boolean(process.stdout.isTTY),
  env: process.env
}).then((code3) => {
  process.exitCode = code3;
});
