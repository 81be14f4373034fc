
    const schema = {
  "asyncapi": "3.0.0",
  "channels": {
    "commitments": {
      "address": "alianza.commitments",
      "bindings": {
        "kafka": {
          "bindingVersion": "0.5.0",
          "topic": "alianza.commitments"
        }
      },
      "description": "Events of the commitments stream, keyed by subject; published by commitments.",
      "messages": {
        "commitment.achieved.v1": {
          "bindings": {
            "kafka": {
              "bindingVersion": "0.5.0",
              "key": {
                "description": "The event's subject (`ce_subject`): the partnership id for every event about a partnership, commitments and dossiers included (the partner id for `partner.registered`), so all events of one partnership stay in order on one partition.",
                "type": "string"
              }
            }
          },
          "contentType": "application/json",
          "correlationId": {
            "description": "Follows one REST call through every service.",
            "location": "$message.header#/ce_correlationid"
          },
          "description": "`commitment.achieved`: the latest reading reached the target.",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "cb9d6d61-9dfc-5671-ba92-a4917171e11a",
                "ce_dataschema": "urn:alianza:schema:commitment.achieved:v1",
                "ce_id": "4ffb0ced-0e2d-54ba-be03-265558e3008e",
                "ce_source": "/alianza/commitments",
                "ce_specversion": "1.0",
                "ce_subject": "pts_fair_recruitment_mx_ca",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "commitment.achieved",
                "content-type": "application/json"
              },
              "name": "commitment_achieved",
              "payload": {
                "achieved_at": "2027-03-15T14:30:00Z",
                "commitment_id": "cmt_fee_free_recruitment",
                "holder_ids": [
                  "prt_employers_ca"
                ],
                "partnership_id": "pts_fair_recruitment_mx_ca",
                "responsible_partner_id": "prt_employers_ca",
                "target": "1200",
                "unit": "workers",
                "value": "1215"
              },
              "summary": "Key `pts_fair_recruitment_mx_ca`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              {
                "description": "CloudEvents 1.0 attributes in Kafka binary content mode.",
                "properties": {
                  "ce_causationid": {
                    "description": "Id of the event or request that directly caused this one (extension).",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-2>"
                  },
                  "ce_correlationid": {
                    "description": "Id of the request that started the chain of events (extension).",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-3>"
                  },
                  "ce_dataschema": {
                    "description": "URN of the payload's JSON Schema, including its version.",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-4>"
                  },
                  "ce_id": {
                    "description": "Event id (a UUID); consumers deduplicate on it.",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-5>"
                  },
                  "ce_source": {
                    "description": "The publishing service, `/alianza/<service>`.",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-6>"
                  },
                  "ce_specversion": {
                    "const": "1.0",
                    "description": "CloudEvents specification version.",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-7>"
                  },
                  "ce_subject": {
                    "description": "Id of the aggregate the event is about (the partnership id for anything concerning a partnership); also the record key.",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-8>"
                  },
                  "ce_time": {
                    "description": "When the fact happened (RFC 3339).",
                    "format": "date-time",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-9>"
                  },
                  "ce_type": {
                    "description": "The event type; names the payload schema.",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-10>"
                  },
                  "content-type": {
                    "const": "application/json",
                    "description": "`datacontenttype` in binary mode: the media type of the record value.",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-11>"
                  }
                },
                "required": [
                  "ce_id",
                  "ce_source",
                  "ce_specversion",
                  "ce_subject",
                  "ce_time",
                  "ce_type",
                  "content-type"
                ],
                "type": "object",
                "x-parser-schema-id": "CloudEventHeaders"
              },
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:commitment.achieved:v1",
                    "x-parser-schema-id": "<anonymous-schema-13>"
                  },
                  "ce_source": {
                    "const": "/alianza/commitments",
                    "x-parser-schema-id": "<anonymous-schema-14>"
                  },
                  "ce_type": {
                    "const": "commitment.achieved",
                    "x-parser-schema-id": "<anonymous-schema-15>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-12>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-1>"
          },
          "name": "commitment.achieved",
          "payload": {
            "$id": "urn:alianza:schema:commitment.achieved:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "description": "`commitment.achieved`: the latest reading reached the target.",
            "properties": {
              "achieved_at": {
                "format": "date-time",
                "title": "Achieved At",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-16>"
              },
              "commitment_id": {
                "title": "Commitment Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-17>"
              },
              "holder_ids": {
                "default": [],
                "description": "Every holder of the commitment, the responsible partner first; empty in events from before joint commitments (the responsible partner was the only one).",
                "items": {
                  "type": "string",
                  "x-parser-schema-id": "<anonymous-schema-19>"
                },
                "title": "Holder Ids",
                "type": "array",
                "x-parser-schema-id": "<anonymous-schema-18>"
              },
              "partnership_id": {
                "title": "Partnership Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-20>"
              },
              "responsible_partner_id": {
                "title": "Responsible Partner Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-21>"
              },
              "target": {
                "anyOf": [
                  {
                    "type": "number",
                    "x-parser-schema-id": "<anonymous-schema-23>"
                  },
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-24>"
                  }
                ],
                "title": "Target",
                "x-parser-schema-id": "<anonymous-schema-22>"
              },
              "unit": {
                "title": "Unit",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-25>"
              },
              "value": {
                "anyOf": [
                  {
                    "type": "number",
                    "x-parser-schema-id": "<anonymous-schema-27>"
                  },
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-28>"
                  }
                ],
                "title": "Value",
                "x-parser-schema-id": "<anonymous-schema-26>"
              }
            },
            "required": [
              "commitment_id",
              "partnership_id",
              "responsible_partner_id",
              "achieved_at",
              "value",
              "target",
              "unit"
            ],
            "title": "CommitmentAchieved",
            "type": "object"
          },
          "summary": "`commitment.achieved` on the commitments stream, published by commitments.",
          "title": "commitment.achieved (v1)",
          "x-parser-unique-object-id": "commitment.achieved.v1"
        },
        "commitment.overdue.v1": {
          "bindings": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings",
          "contentType": "application/json",
          "correlationId": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId",
          "description": "`commitment.overdue`: sent once per commitment and period. For the last period (or a\n    commitment reporting once): the due date passed without the target reached. For an earlier\n    period: it ended without every holder's report (`missing_holder_ids`).",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "3478b9c8-d882-552a-ae72-ff76a053cdcb",
                "ce_dataschema": "urn:alianza:schema:commitment.overdue:v1",
                "ce_id": "31039df2-9b63-58db-9d3f-2c34dec60427",
                "ce_source": "/alianza/commitments",
                "ce_specversion": "1.0",
                "ce_subject": "pts_fair_recruitment_mx_ca",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "commitment.overdue",
                "content-type": "application/json"
              },
              "name": "commitment_overdue",
              "payload": {
                "commitment_due_date": "2027-12-31",
                "commitment_id": "cmt_fee_free_recruitment",
                "due_date": "2026-12-31",
                "holder_ids": [
                  "prt_employers_ca"
                ],
                "missing_holder_ids": [
                  "prt_employers_ca"
                ],
                "partnership_id": "pts_fair_recruitment_mx_ca",
                "period_start": "2026-01-01",
                "responsible_partner_id": "prt_employers_ca"
              },
              "summary": "Key `pts_fair_recruitment_mx_ca`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:commitment.overdue:v1",
                    "x-parser-schema-id": "<anonymous-schema-31>"
                  },
                  "ce_source": {
                    "const": "/alianza/commitments",
                    "x-parser-schema-id": "<anonymous-schema-32>"
                  },
                  "ce_type": {
                    "const": "commitment.overdue",
                    "x-parser-schema-id": "<anonymous-schema-33>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-30>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-29>"
          },
          "name": "commitment.overdue",
          "payload": {
            "$id": "urn:alianza:schema:commitment.overdue:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "description": "`commitment.overdue`: sent once per commitment and period. For the last period (or a\ncommitment reporting once): the due date passed without the target reached. For an earlier\nperiod: it ended without every holder's report (`missing_holder_ids`).",
            "properties": {
              "commitment_due_date": {
                "anyOf": [
                  {
                    "format": "date",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-35>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-36>"
                  }
                ],
                "default": null,
                "title": "Commitment Due Date",
                "x-parser-schema-id": "<anonymous-schema-34>"
              },
              "commitment_id": {
                "title": "Commitment Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-37>"
              },
              "due_date": {
                "format": "date",
                "title": "Due Date",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-38>"
              },
              "holder_ids": {
                "default": [],
                "description": "Every holder of the commitment, the responsible partner first; empty in events from before joint commitments (the responsible partner was the only one).",
                "items": {
                  "type": "string",
                  "x-parser-schema-id": "<anonymous-schema-40>"
                },
                "title": "Holder Ids",
                "type": "array",
                "x-parser-schema-id": "<anonymous-schema-39>"
              },
              "missing_holder_ids": {
                "default": [],
                "items": {
                  "type": "string",
                  "x-parser-schema-id": "<anonymous-schema-42>"
                },
                "title": "Missing Holder Ids",
                "type": "array",
                "x-parser-schema-id": "<anonymous-schema-41>"
              },
              "partnership_id": {
                "title": "Partnership Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-43>"
              },
              "period_start": {
                "anyOf": [
                  {
                    "format": "date",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-45>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-46>"
                  }
                ],
                "default": null,
                "title": "Period Start",
                "x-parser-schema-id": "<anonymous-schema-44>"
              },
              "responsible_partner_id": {
                "title": "Responsible Partner Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-47>"
              }
            },
            "required": [
              "commitment_id",
              "partnership_id",
              "responsible_partner_id",
              "due_date"
            ],
            "title": "CommitmentOverdue",
            "type": "object"
          },
          "summary": "`commitment.overdue` on the commitments stream, published by commitments.",
          "title": "commitment.overdue (v1)",
          "x-parser-unique-object-id": "commitment.overdue.v1"
        },
        "commitment.progress_reported.v1": {
          "bindings": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings",
          "contentType": "application/json",
          "correlationId": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId",
          "description": "`commitment.progress_reported`: a holder reported a reading of its part (with one holder,\n    of the whole); `actual` is then the commitment's value, every holder's latest part summed.",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "7e72a904-0661-52f9-b0ce-20bb3116de5a",
                "ce_dataschema": "urn:alianza:schema:commitment.progress_reported:v1",
                "ce_id": "0276bf79-dda3-50d1-9628-d42aa7bebe0b",
                "ce_source": "/alianza/commitments",
                "ce_specversion": "1.0",
                "ce_subject": "pts_fair_recruitment_mx_ca",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "commitment.progress_reported",
                "content-type": "application/json"
              },
              "name": "commitment_progress_reported",
              "payload": {
                "actual": "640",
                "commitment_id": "cmt_fee_free_recruitment",
                "evidence_links": [
                  "https://employers-ca.example.org/reports/2026-season.pdf"
                ],
                "holder_id": "prt_employers_ca",
                "holder_ids": [
                  "prt_employers_ca"
                ],
                "narrative": "First season: 640 workers recruited, none paid a fee.",
                "partnership_id": "pts_fair_recruitment_mx_ca",
                "period_end": "2026-12-31",
                "report_id": "rep_2026_season",
                "reported_by_client_id": "cli_employers_ca",
                "responsible_partner_id": "prt_employers_ca",
                "unit": "workers",
                "value": "640"
              },
              "summary": "Key `pts_fair_recruitment_mx_ca`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:commitment.progress_reported:v1",
                    "x-parser-schema-id": "<anonymous-schema-50>"
                  },
                  "ce_source": {
                    "const": "/alianza/commitments",
                    "x-parser-schema-id": "<anonymous-schema-51>"
                  },
                  "ce_type": {
                    "const": "commitment.progress_reported",
                    "x-parser-schema-id": "<anonymous-schema-52>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-49>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-48>"
          },
          "name": "commitment.progress_reported",
          "payload": {
            "$id": "urn:alianza:schema:commitment.progress_reported:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "description": "`commitment.progress_reported`: a holder reported a reading of its part (with one holder,\nof the whole); `actual` is then the commitment's value, every holder's latest part summed.",
            "properties": {
              "actual": {
                "anyOf": [
                  {
                    "type": "number",
                    "x-parser-schema-id": "<anonymous-schema-54>"
                  },
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-55>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-56>"
                  }
                ],
                "default": null,
                "title": "Actual",
                "x-parser-schema-id": "<anonymous-schema-53>"
              },
              "commitment_id": {
                "title": "Commitment Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-57>"
              },
              "evidence_links": {
                "default": [],
                "items": {
                  "type": "string",
                  "x-parser-schema-id": "<anonymous-schema-59>"
                },
                "title": "Evidence Links",
                "type": "array",
                "x-parser-schema-id": "<anonymous-schema-58>"
              },
              "holder_id": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-61>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-62>"
                  }
                ],
                "default": null,
                "title": "Holder Id",
                "x-parser-schema-id": "<anonymous-schema-60>"
              },
              "holder_ids": {
                "default": [],
                "description": "Every holder of the commitment, the responsible partner first; empty in events from before joint commitments (the responsible partner was the only one).",
                "items": {
                  "type": "string",
                  "x-parser-schema-id": "<anonymous-schema-64>"
                },
                "title": "Holder Ids",
                "type": "array",
                "x-parser-schema-id": "<anonymous-schema-63>"
              },
              "narrative": {
                "default": "",
                "title": "Narrative",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-65>"
              },
              "partnership_id": {
                "title": "Partnership Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-66>"
              },
              "period_end": {
                "format": "date",
                "title": "Period End",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-67>"
              },
              "report_id": {
                "title": "Report Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-68>"
              },
              "reported_by_client_id": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-70>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-71>"
                  }
                ],
                "default": null,
                "title": "Reported By Client Id",
                "x-parser-schema-id": "<anonymous-schema-69>"
              },
              "responsible_partner_id": {
                "title": "Responsible Partner Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-72>"
              },
              "unit": {
                "title": "Unit",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-73>"
              },
              "value": {
                "anyOf": [
                  {
                    "type": "number",
                    "x-parser-schema-id": "<anonymous-schema-75>"
                  },
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-76>"
                  }
                ],
                "title": "Value",
                "x-parser-schema-id": "<anonymous-schema-74>"
              }
            },
            "required": [
              "commitment_id",
              "partnership_id",
              "responsible_partner_id",
              "report_id",
              "period_end",
              "value",
              "unit"
            ],
            "title": "CommitmentProgressReported",
            "type": "object"
          },
          "summary": "`commitment.progress_reported` on the commitments stream, published by commitments.",
          "title": "commitment.progress_reported (v1)",
          "x-parser-unique-object-id": "commitment.progress_reported.v1"
        },
        "commitment.registered.v1": {
          "bindings": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings",
          "contentType": "application/json",
          "correlationId": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId",
          "description": "`commitment.registered`: a planned commitment of an adopted partnership is now tracked.",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "25cdf133-19ca-5e95-b49e-7f9ab8c4442e",
                "ce_dataschema": "urn:alianza:schema:commitment.registered:v1",
                "ce_id": "dcf35f88-8102-551f-b14f-9b098c36988f",
                "ce_source": "/alianza/commitments",
                "ce_specversion": "1.0",
                "ce_subject": "pts_fair_recruitment_mx_ca",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "commitment.registered",
                "content-type": "application/json"
              },
              "name": "commitment_registered",
              "payload": {
                "baseline": "0",
                "commitment_id": "cmt_fee_free_recruitment",
                "description": "Workers recruited without paying any fee",
                "due_date": "2027-12-31",
                "holder_ids": [
                  "prt_employers_ca"
                ],
                "holders": [
                  {
                    "partner_id": "prt_employers_ca",
                    "share": null
                  }
                ],
                "indicator": "Workers recruited fee-free",
                "partnership_id": "pts_fair_recruitment_mx_ca",
                "reporting_frequency": "annual",
                "responsible_partner_id": "prt_employers_ca",
                "start_date": "2026-01-01",
                "status": "not_started",
                "target": "1200",
                "unit": "workers"
              },
              "summary": "Key `pts_fair_recruitment_mx_ca`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:commitment.registered:v1",
                    "x-parser-schema-id": "<anonymous-schema-79>"
                  },
                  "ce_source": {
                    "const": "/alianza/commitments",
                    "x-parser-schema-id": "<anonymous-schema-80>"
                  },
                  "ce_type": {
                    "const": "commitment.registered",
                    "x-parser-schema-id": "<anonymous-schema-81>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-78>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-77>"
          },
          "name": "commitment.registered",
          "payload": {
            "$defs": {
              "Holder": {
                "description": "An organisation that holds (part of) a commitment, and the part of the target it takes.",
                "properties": {
                  "partner_id": {
                    "title": "Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-92>"
                  },
                  "share": {
                    "anyOf": [
                      {
                        "type": "number",
                        "x-parser-schema-id": "<anonymous-schema-94>"
                      },
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-95>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-96>"
                      }
                    ],
                    "default": null,
                    "description": "The part of the target this holder takes, in the indicator's unit; when given, every holder has one and they sum to the target.",
                    "title": "Share",
                    "x-parser-schema-id": "<anonymous-schema-93>"
                  }
                },
                "required": [
                  "partner_id"
                ],
                "title": "Holder",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-91>"
              }
            },
            "$id": "urn:alianza:schema:commitment.registered:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "description": "`commitment.registered`: a planned commitment of an adopted partnership is now tracked.",
            "properties": {
              "baseline": {
                "anyOf": [
                  {
                    "type": "number",
                    "x-parser-schema-id": "<anonymous-schema-83>"
                  },
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-84>"
                  }
                ],
                "title": "Baseline",
                "x-parser-schema-id": "<anonymous-schema-82>"
              },
              "commitment_id": {
                "title": "Commitment Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-85>"
              },
              "description": {
                "title": "Description",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-86>"
              },
              "due_date": {
                "format": "date",
                "title": "Due Date",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-87>"
              },
              "holder_ids": {
                "default": [],
                "description": "Every holder of the commitment, the responsible partner first; empty in events from before joint commitments (the responsible partner was the only one).",
                "items": {
                  "type": "string",
                  "x-parser-schema-id": "<anonymous-schema-89>"
                },
                "title": "Holder Ids",
                "type": "array",
                "x-parser-schema-id": "<anonymous-schema-88>"
              },
              "holders": {
                "default": [],
                "items": "$ref:$.channels.commitments.messages.commitment.registered.v1.payload.$defs.Holder",
                "title": "Holders",
                "type": "array",
                "x-parser-schema-id": "<anonymous-schema-90>"
              },
              "indicator": {
                "title": "Indicator",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-97>"
              },
              "partnership_id": {
                "title": "Partnership Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-98>"
              },
              "reporting_frequency": {
                "default": "once",
                "title": "Reporting Frequency",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-99>"
              },
              "responsible_partner_id": {
                "title": "Responsible Partner Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-100>"
              },
              "start_date": {
                "format": "date",
                "title": "Start Date",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-101>"
              },
              "status": {
                "title": "Status",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-102>"
              },
              "target": {
                "anyOf": [
                  {
                    "type": "number",
                    "x-parser-schema-id": "<anonymous-schema-104>"
                  },
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-105>"
                  }
                ],
                "title": "Target",
                "x-parser-schema-id": "<anonymous-schema-103>"
              },
              "unit": {
                "title": "Unit",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-106>"
              }
            },
            "required": [
              "commitment_id",
              "partnership_id",
              "responsible_partner_id",
              "description",
              "indicator",
              "unit",
              "baseline",
              "target",
              "start_date",
              "due_date",
              "status"
            ],
            "title": "CommitmentRegistered",
            "type": "object"
          },
          "summary": "`commitment.registered` on the commitments stream, published by commitments.",
          "title": "commitment.registered (v1)",
          "x-parser-unique-object-id": "commitment.registered.v1"
        },
        "commitment.report_due.v1": {
          "bindings": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings",
          "contentType": "application/json",
          "correlationId": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId",
          "description": "`commitment.report_due`: a reporting period's end is near; sent once per commitment and\n    period. `due_date` is the day the report is due: the period's end (for the last period, or a\n    commitment reporting once, the commitment's due date).",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "6075094d-b98d-54c8-8131-d138c28726a3",
                "ce_dataschema": "urn:alianza:schema:commitment.report_due:v1",
                "ce_id": "47dd145f-993f-5f3c-abf2-f21021808541",
                "ce_source": "/alianza/commitments",
                "ce_specversion": "1.0",
                "ce_subject": "pts_fair_recruitment_mx_ca",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "commitment.report_due",
                "content-type": "application/json"
              },
              "name": "commitment_report_due",
              "payload": {
                "commitment_due_date": "2027-12-31",
                "commitment_id": "cmt_fee_free_recruitment",
                "due_date": "2027-12-31",
                "holder_ids": [
                  "prt_employers_ca"
                ],
                "partnership_id": "pts_fair_recruitment_mx_ca",
                "period_start": "2027-01-01",
                "responsible_partner_id": "prt_employers_ca"
              },
              "summary": "Key `pts_fair_recruitment_mx_ca`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:commitment.report_due:v1",
                    "x-parser-schema-id": "<anonymous-schema-109>"
                  },
                  "ce_source": {
                    "const": "/alianza/commitments",
                    "x-parser-schema-id": "<anonymous-schema-110>"
                  },
                  "ce_type": {
                    "const": "commitment.report_due",
                    "x-parser-schema-id": "<anonymous-schema-111>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-108>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-107>"
          },
          "name": "commitment.report_due",
          "payload": {
            "$id": "urn:alianza:schema:commitment.report_due:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "description": "`commitment.report_due`: a reporting period's end is near; sent once per commitment and\nperiod. `due_date` is the day the report is due: the period's end (for the last period, or a\ncommitment reporting once, the commitment's due date).",
            "properties": {
              "commitment_due_date": {
                "anyOf": [
                  {
                    "format": "date",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-113>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-114>"
                  }
                ],
                "default": null,
                "title": "Commitment Due Date",
                "x-parser-schema-id": "<anonymous-schema-112>"
              },
              "commitment_id": {
                "title": "Commitment Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-115>"
              },
              "due_date": {
                "format": "date",
                "title": "Due Date",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-116>"
              },
              "holder_ids": {
                "default": [],
                "description": "Every holder of the commitment, the responsible partner first; empty in events from before joint commitments (the responsible partner was the only one).",
                "items": {
                  "type": "string",
                  "x-parser-schema-id": "<anonymous-schema-118>"
                },
                "title": "Holder Ids",
                "type": "array",
                "x-parser-schema-id": "<anonymous-schema-117>"
              },
              "partnership_id": {
                "title": "Partnership Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-119>"
              },
              "period_start": {
                "anyOf": [
                  {
                    "format": "date",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-121>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-122>"
                  }
                ],
                "default": null,
                "title": "Period Start",
                "x-parser-schema-id": "<anonymous-schema-120>"
              },
              "responsible_partner_id": {
                "title": "Responsible Partner Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-123>"
              }
            },
            "required": [
              "commitment_id",
              "partnership_id",
              "responsible_partner_id",
              "due_date"
            ],
            "title": "CommitmentReportDue",
            "type": "object"
          },
          "summary": "`commitment.report_due` on the commitments stream, published by commitments.",
          "title": "commitment.report_due (v1)",
          "x-parser-unique-object-id": "commitment.report_due.v1"
        },
        "commitment.status_changed.v1": {
          "bindings": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings",
          "contentType": "application/json",
          "correlationId": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId",
          "description": "`commitment.status_changed`: the derived status moved (after a report, or by the sweep).",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "931e6670-1d2c-5383-8fbd-b3f3ac98a550",
                "ce_dataschema": "urn:alianza:schema:commitment.status_changed:v1",
                "ce_id": "3aa587dc-aef7-5570-9665-dcaa6dcd8c87",
                "ce_source": "/alianza/commitments",
                "ce_specversion": "1.0",
                "ce_subject": "pts_fair_recruitment_mx_ca",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "commitment.status_changed",
                "content-type": "application/json"
              },
              "name": "commitment_status_changed",
              "payload": {
                "commitment_id": "cmt_fee_free_recruitment",
                "holder_ids": [
                  "prt_employers_ca"
                ],
                "new_status": "on_track",
                "old_status": "not_started",
                "partnership_id": "pts_fair_recruitment_mx_ca",
                "responsible_partner_id": "prt_employers_ca"
              },
              "summary": "Key `pts_fair_recruitment_mx_ca`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:commitment.status_changed:v1",
                    "x-parser-schema-id": "<anonymous-schema-126>"
                  },
                  "ce_source": {
                    "const": "/alianza/commitments",
                    "x-parser-schema-id": "<anonymous-schema-127>"
                  },
                  "ce_type": {
                    "const": "commitment.status_changed",
                    "x-parser-schema-id": "<anonymous-schema-128>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-125>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-124>"
          },
          "name": "commitment.status_changed",
          "payload": {
            "$id": "urn:alianza:schema:commitment.status_changed:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "description": "`commitment.status_changed`: the derived status moved (after a report, or by the sweep).",
            "properties": {
              "commitment_id": {
                "title": "Commitment Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-129>"
              },
              "holder_ids": {
                "default": [],
                "description": "Every holder of the commitment, the responsible partner first; empty in events from before joint commitments (the responsible partner was the only one).",
                "items": {
                  "type": "string",
                  "x-parser-schema-id": "<anonymous-schema-131>"
                },
                "title": "Holder Ids",
                "type": "array",
                "x-parser-schema-id": "<anonymous-schema-130>"
              },
              "new_status": {
                "title": "New Status",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-132>"
              },
              "old_status": {
                "title": "Old Status",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-133>"
              },
              "partnership_id": {
                "title": "Partnership Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-134>"
              },
              "responsible_partner_id": {
                "title": "Responsible Partner Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-135>"
              }
            },
            "required": [
              "commitment_id",
              "partnership_id",
              "responsible_partner_id",
              "old_status",
              "new_status"
            ],
            "title": "CommitmentStatusChanged",
            "type": "object"
          },
          "summary": "`commitment.status_changed` on the commitments stream, published by commitments.",
          "title": "commitment.status_changed (v1)",
          "x-parser-unique-object-id": "commitment.status_changed.v1"
        },
        "review.dossier_compiled.v1": {
          "bindings": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings",
          "contentType": "application/json",
          "correlationId": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId",
          "description": "`review.dossier_compiled`: keyed by the partnership id, attached to the open review.",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "0cf176e9-32c1-5eee-8629-b5d72a144fa8",
                "ce_dataschema": "urn:alianza:schema:review.dossier_compiled:v1",
                "ce_id": "3546fea8-07af-5a31-a8f2-4db6a00b57d3",
                "ce_source": "/alianza/commitments",
                "ce_specversion": "1.0",
                "ce_subject": "pts_fair_recruitment_mx_ca",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "review.dossier_compiled",
                "content-type": "application/json"
              },
              "name": "review_dossier_compiled",
              "payload": {
                "achieved": [],
                "commitments": [
                  {
                    "baseline": "0",
                    "commitment_id": "cmt_fee_free_recruitment",
                    "description": "Workers recruited without paying any fee",
                    "due_date": "2027-12-31",
                    "holders": [
                      {
                        "latest_period_end": "2026-12-31",
                        "latest_value": "640",
                        "partner_id": "prt_employers_ca",
                        "share": null
                      }
                    ],
                    "indicator": "Workers recruited fee-free",
                    "latest_period_end": "2026-12-31",
                    "latest_value": "640",
                    "periods": [
                      {
                        "parts": {
                          "prt_employers_ca": "640"
                        },
                        "period_end": "2026-12-31",
                        "period_start": "2026-01-01",
                        "state": "reported",
                        "total": "640"
                      },
                      {
                        "parts": {},
                        "period_end": "2027-12-31",
                        "period_start": "2027-01-01",
                        "state": "open",
                        "total": null
                      }
                    ],
                    "reporting_frequency": "annual",
                    "responsible_partner_id": "prt_employers_ca",
                    "status": "on_track",
                    "target": "1200",
                    "unit": "workers"
                  }
                ],
                "compiled_at": "2027-03-15T14:30:00Z",
                "cycle": 1,
                "dossier_id": "dos_fair_recruitment_1",
                "overdue": [],
                "partnership_id": "pts_fair_recruitment_mx_ca",
                "review_id": "rev_fair_recruitment_1"
              },
              "summary": "Key `pts_fair_recruitment_mx_ca`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:review.dossier_compiled:v1",
                    "x-parser-schema-id": "<anonymous-schema-138>"
                  },
                  "ce_source": {
                    "const": "/alianza/commitments",
                    "x-parser-schema-id": "<anonymous-schema-139>"
                  },
                  "ce_type": {
                    "const": "review.dossier_compiled",
                    "x-parser-schema-id": "<anonymous-schema-140>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-137>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-136>"
          },
          "name": "review.dossier_compiled",
          "payload": {
            "$defs": {
              "DossierEntry": {
                "properties": {
                  "baseline": {
                    "anyOf": [
                      {
                        "type": "number",
                        "x-parser-schema-id": "<anonymous-schema-146>"
                      },
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-147>"
                      }
                    ],
                    "title": "Baseline",
                    "x-parser-schema-id": "<anonymous-schema-145>"
                  },
                  "commitment_id": {
                    "title": "Commitment Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-148>"
                  },
                  "description": {
                    "title": "Description",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-149>"
                  },
                  "due_date": {
                    "format": "date",
                    "title": "Due Date",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-150>"
                  },
                  "holders": {
                    "default": [],
                    "items": {
                      "description": "A holder's part of a commitment: its share of the target and its latest reading.",
                      "properties": {
                        "latest_period_end": {
                          "anyOf": [
                            {
                              "format": "date",
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-154>"
                            },
                            {
                              "type": "null",
                              "x-parser-schema-id": "<anonymous-schema-155>"
                            }
                          ],
                          "default": null,
                          "title": "Latest Period End",
                          "x-parser-schema-id": "<anonymous-schema-153>"
                        },
                        "latest_value": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-157>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-158>"
                            },
                            {
                              "type": "null",
                              "x-parser-schema-id": "<anonymous-schema-159>"
                            }
                          ],
                          "default": null,
                          "title": "Latest Value",
                          "x-parser-schema-id": "<anonymous-schema-156>"
                        },
                        "partner_id": {
                          "title": "Partner Id",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-160>"
                        },
                        "share": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-162>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-163>"
                            },
                            {
                              "type": "null",
                              "x-parser-schema-id": "<anonymous-schema-164>"
                            }
                          ],
                          "default": null,
                          "title": "Share",
                          "x-parser-schema-id": "<anonymous-schema-161>"
                        }
                      },
                      "required": [
                        "partner_id"
                      ],
                      "title": "HolderPart",
                      "type": "object",
                      "x-parser-schema-id": "<anonymous-schema-152>"
                    },
                    "title": "Holders",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-151>"
                  },
                  "indicator": {
                    "title": "Indicator",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-165>"
                  },
                  "latest_period_end": {
                    "anyOf": [
                      {
                        "format": "date",
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-167>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-168>"
                      }
                    ],
                    "default": null,
                    "title": "Latest Period End",
                    "x-parser-schema-id": "<anonymous-schema-166>"
                  },
                  "latest_value": {
                    "anyOf": [
                      {
                        "type": "number",
                        "x-parser-schema-id": "<anonymous-schema-170>"
                      },
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-171>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-172>"
                      }
                    ],
                    "default": null,
                    "title": "Latest Value",
                    "x-parser-schema-id": "<anonymous-schema-169>"
                  },
                  "periods": {
                    "default": [],
                    "items": {
                      "description": "One period of a commitment's reporting calendar, as it stood when the dossier was compiled.",
                      "properties": {
                        "parts": {
                          "additionalProperties": {
                            "anyOf": [
                              {
                                "type": "number",
                                "x-parser-schema-id": "<anonymous-schema-177>"
                              },
                              {
                                "type": "string",
                                "x-parser-schema-id": "<anonymous-schema-178>"
                              }
                            ],
                            "x-parser-schema-id": "<anonymous-schema-176>"
                          },
                          "default": {},
                          "description": "Each holder's latest reading in the period, by partner id.",
                          "title": "Parts",
                          "type": "object",
                          "x-parser-schema-id": "<anonymous-schema-175>"
                        },
                        "period_end": {
                          "format": "date",
                          "title": "Period End",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-179>"
                        },
                        "period_start": {
                          "format": "date",
                          "title": "Period Start",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-180>"
                        },
                        "state": {
                          "description": "reported (every holder reported in it) | missing (it ended without) | open (today is in it) | upcoming",
                          "title": "State",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-181>"
                        },
                        "total": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-183>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-184>"
                            },
                            {
                              "type": "null",
                              "x-parser-schema-id": "<anonymous-schema-185>"
                            }
                          ],
                          "default": null,
                          "description": "The commitment's value at the period's end: each holder's latest reading up to then, summed; none before any holder reported.",
                          "title": "Total",
                          "x-parser-schema-id": "<anonymous-schema-182>"
                        }
                      },
                      "required": [
                        "period_start",
                        "period_end",
                        "state"
                      ],
                      "title": "PeriodEntry",
                      "type": "object",
                      "x-parser-schema-id": "<anonymous-schema-174>"
                    },
                    "title": "Periods",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-173>"
                  },
                  "reporting_frequency": {
                    "default": "once",
                    "title": "Reporting Frequency",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-186>"
                  },
                  "responsible_partner_id": {
                    "title": "Responsible Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-187>"
                  },
                  "status": {
                    "title": "Status",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-188>"
                  },
                  "target": {
                    "anyOf": [
                      {
                        "type": "number",
                        "x-parser-schema-id": "<anonymous-schema-190>"
                      },
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-191>"
                      }
                    ],
                    "title": "Target",
                    "x-parser-schema-id": "<anonymous-schema-189>"
                  },
                  "unit": {
                    "title": "Unit",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-192>"
                  }
                },
                "required": [
                  "commitment_id",
                  "description",
                  "responsible_partner_id",
                  "indicator",
                  "unit",
                  "baseline",
                  "target",
                  "due_date",
                  "status"
                ],
                "title": "DossierEntry",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-144>"
              },
              "HolderPart": "$ref:$.channels.commitments.messages.review.dossier_compiled.v1.payload.$defs.DossierEntry.properties.holders.items",
              "PeriodEntry": "$ref:$.channels.commitments.messages.review.dossier_compiled.v1.payload.$defs.DossierEntry.properties.periods.items"
            },
            "$id": "urn:alianza:schema:review.dossier_compiled:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "description": "`review.dossier_compiled`: keyed by the partnership id, attached to the open review.",
            "properties": {
              "achieved": {
                "items": {
                  "type": "string",
                  "x-parser-schema-id": "<anonymous-schema-142>"
                },
                "title": "Achieved",
                "type": "array",
                "x-parser-schema-id": "<anonymous-schema-141>"
              },
              "commitments": {
                "items": "$ref:$.channels.commitments.messages.review.dossier_compiled.v1.payload.$defs.DossierEntry",
                "title": "Commitments",
                "type": "array",
                "x-parser-schema-id": "<anonymous-schema-143>"
              },
              "compiled_at": {
                "format": "date-time",
                "title": "Compiled At",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-193>"
              },
              "cycle": {
                "title": "Cycle",
                "type": "integer",
                "x-parser-schema-id": "<anonymous-schema-194>"
              },
              "dossier_id": {
                "title": "Dossier Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-195>"
              },
              "overdue": {
                "items": {
                  "type": "string",
                  "x-parser-schema-id": "<anonymous-schema-197>"
                },
                "title": "Overdue",
                "type": "array",
                "x-parser-schema-id": "<anonymous-schema-196>"
              },
              "partnership_id": {
                "title": "Partnership Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-198>"
              },
              "review_id": {
                "title": "Review Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-199>"
              }
            },
            "required": [
              "dossier_id",
              "partnership_id",
              "review_id",
              "cycle",
              "compiled_at",
              "commitments",
              "overdue",
              "achieved"
            ],
            "title": "DossierCompiled",
            "type": "object"
          },
          "summary": "`review.dossier_compiled` on the commitments stream, published by commitments.",
          "title": "review.dossier_compiled (v1)",
          "x-parser-unique-object-id": "review.dossier_compiled.v1"
        }
      },
      "title": "alianza.commitments",
      "x-parser-unique-object-id": "commitments"
    },
    "commitments_dlq": {
      "address": "alianza.commitments.dlq",
      "bindings": {
        "kafka": {
          "bindingVersion": "0.5.0",
          "topic": "alianza.commitments.dlq"
        }
      },
      "description": "Dead letters of alianza.commitments: records its consumers could not apply.",
      "messages": {
        "commitments.dead_lettered": {
          "bindings": {
            "kafka": {
              "bindingVersion": "0.5.0",
              "key": {
                "description": "The original record's key, unchanged.",
                "type": "string"
              }
            }
          },
          "description": "The value is the original bytes, which may be anything (a malformed record lands here too); the CloudEvents headers are present when the original had them.",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "cb9d6d61-9dfc-5671-ba92-a4917171e11a",
                "ce_dataschema": "urn:alianza:schema:commitment.achieved:v1",
                "ce_id": "4ffb0ced-0e2d-54ba-be03-265558e3008e",
                "ce_source": "/alianza/commitments",
                "ce_specversion": "1.0",
                "ce_subject": "pts_fair_recruitment_mx_ca",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "commitment.achieved",
                "content-type": "application/json",
                "dlq_consumer_group": "notifications",
                "dlq_error": "TimeoutError: the database did not answer within 5 s (5 attempts)",
                "dlq_failed_at": "2027-03-15T14:30:00+00:00",
                "dlq_original_offset": "1841",
                "dlq_original_partition": "3",
                "dlq_original_topic": "alianza.commitments",
                "dlq_reason": "handler_failed"
              },
              "name": "commitments_dead_lettered",
              "payload": {
                "achieved_at": "2027-03-15T14:30:00Z",
                "commitment_id": "cmt_fee_free_recruitment",
                "holder_ids": [
                  "prt_employers_ca"
                ],
                "partnership_id": "pts_fair_recruitment_mx_ca",
                "responsible_partner_id": "prt_employers_ca",
                "target": "1200",
                "unit": "workers",
                "value": "1215"
              },
              "summary": "Key `pts_fair_recruitment_mx_ca`; the value is the payload below."
            }
          ],
          "headers": {
            "description": "The original record's headers (CloudEvents ones when it had them) plus why and where it failed.",
            "properties": {
              "ce_causationid": {
                "description": "As on the original record. Id of the event or request that directly caused this one (extension).",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-200>"
              },
              "ce_correlationid": {
                "description": "As on the original record. Id of the request that started the chain of events (extension).",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-201>"
              },
              "ce_dataschema": {
                "description": "As on the original record. URN of the payload's JSON Schema, including its version.",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-202>"
              },
              "ce_id": {
                "description": "As on the original record. Event id (a UUID); consumers deduplicate on it.",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-203>"
              },
              "ce_source": {
                "description": "As on the original record. The publishing service, `/alianza/<service>`.",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-204>"
              },
              "ce_specversion": {
                "description": "As on the original record. CloudEvents specification version.",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-205>"
              },
              "ce_subject": {
                "description": "As on the original record. Id of the aggregate the event is about (the partnership id for anything concerning a partnership); also the record key.",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-206>"
              },
              "ce_time": {
                "description": "As on the original record. When the fact happened (RFC 3339).",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-207>"
              },
              "ce_type": {
                "description": "As on the original record. The event type; names the payload schema.",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-208>"
              },
              "content-type": {
                "description": "As on the original record. `datacontenttype` in binary mode: the media type of the record value.",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-209>"
              },
              "dlq_consumer_group": {
                "description": "Consumer group (service) that gave up on the record.",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-210>"
              },
              "dlq_error": {
                "description": "The error, truncated to 2000 characters.",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-211>"
              },
              "dlq_failed_at": {
                "description": "When it was dead-lettered (RFC 3339).",
                "format": "date-time",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-212>"
              },
              "dlq_original_offset": {
                "description": "Offset of the record in that partition (decimal).",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-213>"
              },
              "dlq_original_partition": {
                "description": "Partition the record was read from (decimal).",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-214>"
              },
              "dlq_original_topic": {
                "description": "Topic the record was read from.",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-215>"
              },
              "dlq_reason": {
                "description": "Why the record was dead-lettered: `malformed`, `unknown_type`, `invalid_payload` or `handler_failed`.",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-216>"
              }
            },
            "required": [
              "dlq_consumer_group",
              "dlq_error",
              "dlq_failed_at",
              "dlq_original_offset",
              "dlq_original_partition",
              "dlq_original_topic",
              "dlq_reason"
            ],
            "type": "object",
            "x-parser-schema-id": "DeadLetterHeaders"
          },
          "name": "commitments.dead_lettered",
          "payload": {
            "description": "The original record value, unchanged.",
            "x-parser-schema-id": "<anonymous-schema-217>"
          },
          "summary": "The original record (key, value and headers unchanged) plus `dlq_*` headers.",
          "title": "A record of the commitments stream that a consumer gave up on",
          "x-parser-unique-object-id": "commitments.dead_lettered"
        }
      },
      "title": "alianza.commitments.dlq",
      "x-parser-unique-object-id": "commitments_dlq"
    },
    "identity": {
      "address": "alianza.identity",
      "bindings": {
        "kafka": {
          "bindingVersion": "0.5.0",
          "topic": "alianza.identity"
        }
      },
      "description": "Events of the identity stream, keyed by subject; published by registry.",
      "messages": {
        "client.disabled.v1": {
          "bindings": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings",
          "contentType": "application/json",
          "correlationId": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "3c902635-275b-59ef-9b6d-7d32f50bad78",
                "ce_dataschema": "urn:alianza:schema:client.disabled:v1",
                "ce_id": "73561478-a30f-5de3-860f-b508fbcb0da7",
                "ce_source": "/alianza/registry",
                "ce_specversion": "1.0",
                "ce_subject": "cli_secretaria_trabajo_portal",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "client.disabled",
                "content-type": "application/json"
              },
              "name": "client_disabled",
              "payload": {
                "client_id": "cli_secretaria_trabajo_portal",
                "reason": "The portal's secret was posted in a public issue."
              },
              "summary": "Key `cli_secretaria_trabajo_portal`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:client.disabled:v1",
                    "x-parser-schema-id": "<anonymous-schema-220>"
                  },
                  "ce_source": {
                    "const": "/alianza/registry",
                    "x-parser-schema-id": "<anonymous-schema-221>"
                  },
                  "ce_type": {
                    "const": "client.disabled",
                    "x-parser-schema-id": "<anonymous-schema-222>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-219>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-218>"
          },
          "name": "client.disabled",
          "payload": {
            "$id": "urn:alianza:schema:client.disabled:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "properties": {
              "client_id": {
                "title": "Client Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-223>"
              },
              "reason": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-225>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-226>"
                  }
                ],
                "default": null,
                "description": "Why an admin disabled it, if they said.",
                "title": "Reason",
                "x-parser-schema-id": "<anonymous-schema-224>"
              }
            },
            "required": [
              "client_id"
            ],
            "title": "ClientDisabled",
            "type": "object"
          },
          "summary": "`client.disabled` on the identity stream, published by registry.",
          "title": "client.disabled (v1)",
          "x-parser-unique-object-id": "client.disabled.v1"
        },
        "client.enabled.v1": {
          "bindings": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings",
          "contentType": "application/json",
          "correlationId": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "65ad5c9e-8c1c-584e-82ae-932ab218a18d",
                "ce_dataschema": "urn:alianza:schema:client.enabled:v1",
                "ce_id": "9a80097e-dedd-5cde-ac85-f9537bda60ca",
                "ce_source": "/alianza/registry",
                "ce_specversion": "1.0",
                "ce_subject": "cli_secretaria_trabajo_portal",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "client.enabled",
                "content-type": "application/json"
              },
              "name": "client_enabled",
              "payload": {
                "client_id": "cli_secretaria_trabajo_portal"
              },
              "summary": "Key `cli_secretaria_trabajo_portal`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:client.enabled:v1",
                    "x-parser-schema-id": "<anonymous-schema-229>"
                  },
                  "ce_source": {
                    "const": "/alianza/registry",
                    "x-parser-schema-id": "<anonymous-schema-230>"
                  },
                  "ce_type": {
                    "const": "client.enabled",
                    "x-parser-schema-id": "<anonymous-schema-231>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-228>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-227>"
          },
          "name": "client.enabled",
          "payload": {
            "$id": "urn:alianza:schema:client.enabled:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "properties": {
              "client_id": {
                "title": "Client Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-232>"
              }
            },
            "required": [
              "client_id"
            ],
            "title": "ClientEnabled",
            "type": "object"
          },
          "summary": "`client.enabled` on the identity stream, published by registry.",
          "title": "client.enabled (v1)",
          "x-parser-unique-object-id": "client.enabled.v1"
        },
        "signing_key.rotated.v1": {
          "bindings": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings",
          "contentType": "application/json",
          "correlationId": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "df27e024-4375-5579-a877-0e256f67081d",
                "ce_dataschema": "urn:alianza:schema:signing_key.rotated:v1",
                "ce_id": "2619de0e-4969-5f63-9465-18c79ec90855",
                "ce_source": "/alianza/registry",
                "ce_specversion": "1.0",
                "ce_subject": "key-2027-03",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "signing_key.rotated",
                "content-type": "application/json"
              },
              "name": "signing_key_rotated",
              "payload": {
                "kid": "key-2027-03",
                "previous_kid": "key-2026-09",
                "previous_retires_after_seconds": 86400,
                "reason": "scheduled",
                "signs_from": "2027-03-15T14:30:00Z"
              },
              "summary": "Key `key-2027-03`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:signing_key.rotated:v1",
                    "x-parser-schema-id": "<anonymous-schema-235>"
                  },
                  "ce_source": {
                    "const": "/alianza/registry",
                    "x-parser-schema-id": "<anonymous-schema-236>"
                  },
                  "ce_type": {
                    "const": "signing_key.rotated",
                    "x-parser-schema-id": "<anonymous-schema-237>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-234>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-233>"
          },
          "name": "signing_key.rotated",
          "payload": {
            "$id": "urn:alianza:schema:signing_key.rotated:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "properties": {
              "kid": {
                "description": "The new key, published in the JWKS from now on.",
                "title": "Kid",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-238>"
              },
              "previous_kid": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-240>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-241>"
                  }
                ],
                "default": null,
                "description": "The key signing until `signs_from`.",
                "title": "Previous Kid",
                "x-parser-schema-id": "<anonymous-schema-239>"
              },
              "previous_retires_after_seconds": {
                "description": "After `signs_from`, how long the previous key stays in the JWKS.",
                "title": "Previous Retires After Seconds",
                "type": "number",
                "x-parser-schema-id": "<anonymous-schema-242>"
              },
              "reason": {
                "description": "`manual` (an admin asked) or `scheduled`.",
                "title": "Reason",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-243>"
              },
              "signs_from": {
                "description": "When the new key starts signing tokens.",
                "format": "date-time",
                "title": "Signs From",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-244>"
              }
            },
            "required": [
              "kid",
              "signs_from",
              "previous_retires_after_seconds",
              "reason"
            ],
            "title": "SigningKeyRotated",
            "type": "object"
          },
          "summary": "`signing_key.rotated` on the identity stream, published by registry.",
          "title": "signing_key.rotated (v1)",
          "x-parser-unique-object-id": "signing_key.rotated.v1"
        }
      },
      "title": "alianza.identity",
      "x-parser-unique-object-id": "identity"
    },
    "identity_dlq": {
      "address": "alianza.identity.dlq",
      "bindings": {
        "kafka": {
          "bindingVersion": "0.5.0",
          "topic": "alianza.identity.dlq"
        }
      },
      "description": "Dead letters of alianza.identity: records its consumers could not apply.",
      "messages": {
        "identity.dead_lettered": {
          "bindings": {
            "kafka": {
              "bindingVersion": "0.5.0",
              "key": {
                "description": "The original record's key, unchanged.",
                "type": "string"
              }
            }
          },
          "description": "The value is the original bytes, which may be anything (a malformed record lands here too); the CloudEvents headers are present when the original had them.",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "3c902635-275b-59ef-9b6d-7d32f50bad78",
                "ce_dataschema": "urn:alianza:schema:client.disabled:v1",
                "ce_id": "73561478-a30f-5de3-860f-b508fbcb0da7",
                "ce_source": "/alianza/registry",
                "ce_specversion": "1.0",
                "ce_subject": "cli_secretaria_trabajo_portal",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "client.disabled",
                "content-type": "application/json",
                "dlq_consumer_group": "commitments",
                "dlq_error": "TimeoutError: the database did not answer within 5 s (5 attempts)",
                "dlq_failed_at": "2027-03-15T14:30:00+00:00",
                "dlq_original_offset": "1841",
                "dlq_original_partition": "3",
                "dlq_original_topic": "alianza.identity",
                "dlq_reason": "handler_failed"
              },
              "name": "identity_dead_lettered",
              "payload": {
                "client_id": "cli_secretaria_trabajo_portal",
                "reason": "The portal's secret was posted in a public issue."
              },
              "summary": "Key `cli_secretaria_trabajo_portal`; the value is the payload below."
            }
          ],
          "headers": "$ref:$.channels.commitments_dlq.messages.commitments.dead_lettered.headers",
          "name": "identity.dead_lettered",
          "payload": {
            "description": "The original record value, unchanged.",
            "x-parser-schema-id": "<anonymous-schema-245>"
          },
          "summary": "The original record (key, value and headers unchanged) plus `dlq_*` headers.",
          "title": "A record of the identity stream that a consumer gave up on",
          "x-parser-unique-object-id": "identity.dead_lettered"
        }
      },
      "title": "alianza.identity.dlq",
      "x-parser-unique-object-id": "identity_dlq"
    },
    "notifications": {
      "address": "alianza.notifications",
      "bindings": {
        "kafka": {
          "bindingVersion": "0.5.0",
          "topic": "alianza.notifications"
        }
      },
      "description": "Events of the notifications stream, keyed by subject; published by notifications.",
      "messages": {
        "notification.delivery_failed.v1": {
          "bindings": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings",
          "contentType": "application/json",
          "correlationId": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId",
          "description": "`notification.delivery_failed`: a webhook delivery used up its attempts (dead-lettered).\n\n    The event's subject (and Kafka key) is the partnership the delivered event was about.",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "2655e32f-f934-58e6-a895-afb1e27bfd8a",
                "ce_dataschema": "urn:alianza:schema:notification.delivery_failed:v1",
                "ce_id": "ea936b7d-6add-522f-b0bf-58967d0d0cb5",
                "ce_source": "/alianza/notifications",
                "ce_specversion": "1.0",
                "ce_subject": "pts_fair_recruitment_mx_ca",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "notification.delivery_failed",
                "content-type": "application/json"
              },
              "name": "notification_delivery_failed",
              "payload": {
                "attempts": 8,
                "delivery_id": "msg_5f0c8a3e9b7d4e21a6c4d2f1e0b9a8c7",
                "event_id": "6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0",
                "event_type": "commitment.report_due",
                "failed_at": "2027-03-15T14:30:00Z",
                "last_error": "503 Service Unavailable",
                "last_status_code": 503,
                "owner_organisation_id": "prt_employers_ca",
                "partnership_id": "pts_fair_recruitment_mx_ca",
                "subscription_id": "sub_employers_ca_hooks"
              },
              "summary": "Key `pts_fair_recruitment_mx_ca`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:notification.delivery_failed:v1",
                    "x-parser-schema-id": "<anonymous-schema-248>"
                  },
                  "ce_source": {
                    "const": "/alianza/notifications",
                    "x-parser-schema-id": "<anonymous-schema-249>"
                  },
                  "ce_type": {
                    "const": "notification.delivery_failed",
                    "x-parser-schema-id": "<anonymous-schema-250>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-247>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-246>"
          },
          "name": "notification.delivery_failed",
          "payload": {
            "$id": "urn:alianza:schema:notification.delivery_failed:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "description": "`notification.delivery_failed`: a webhook delivery used up its attempts (dead-lettered).\n\nThe event's subject (and Kafka key) is the partnership the delivered event was about.",
            "properties": {
              "attempts": {
                "title": "Attempts",
                "type": "integer",
                "x-parser-schema-id": "<anonymous-schema-251>"
              },
              "delivery_id": {
                "title": "Delivery Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-252>"
              },
              "event_id": {
                "title": "Event Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-253>"
              },
              "event_type": {
                "title": "Event Type",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-254>"
              },
              "failed_at": {
                "format": "date-time",
                "title": "Failed At",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-255>"
              },
              "last_error": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-257>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-258>"
                  }
                ],
                "default": null,
                "title": "Last Error",
                "x-parser-schema-id": "<anonymous-schema-256>"
              },
              "last_status_code": {
                "anyOf": [
                  {
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-260>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-261>"
                  }
                ],
                "default": null,
                "title": "Last Status Code",
                "x-parser-schema-id": "<anonymous-schema-259>"
              },
              "owner_organisation_id": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-263>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-264>"
                  }
                ],
                "default": null,
                "title": "Owner Organisation Id",
                "x-parser-schema-id": "<anonymous-schema-262>"
              },
              "partnership_id": {
                "title": "Partnership Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-265>"
              },
              "subscription_id": {
                "title": "Subscription Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-266>"
              }
            },
            "required": [
              "delivery_id",
              "subscription_id",
              "event_id",
              "event_type",
              "partnership_id",
              "attempts",
              "failed_at"
            ],
            "title": "DeliveryFailed",
            "type": "object"
          },
          "summary": "`notification.delivery_failed` on the notifications stream, published by notifications.",
          "title": "notification.delivery_failed (v1)",
          "x-parser-unique-object-id": "notification.delivery_failed.v1"
        }
      },
      "title": "alianza.notifications",
      "x-parser-unique-object-id": "notifications"
    },
    "notifications_dlq": {
      "address": "alianza.notifications.dlq",
      "bindings": {
        "kafka": {
          "bindingVersion": "0.5.0",
          "topic": "alianza.notifications.dlq"
        }
      },
      "description": "Dead letters of alianza.notifications: records its consumers could not apply.",
      "messages": {
        "notifications.dead_lettered": {
          "bindings": {
            "kafka": {
              "bindingVersion": "0.5.0",
              "key": {
                "description": "The original record's key, unchanged.",
                "type": "string"
              }
            }
          },
          "description": "The value is the original bytes, which may be anything (a malformed record lands here too); the CloudEvents headers are present when the original had them.",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "2655e32f-f934-58e6-a895-afb1e27bfd8a",
                "ce_dataschema": "urn:alianza:schema:notification.delivery_failed:v1",
                "ce_id": "ea936b7d-6add-522f-b0bf-58967d0d0cb5",
                "ce_source": "/alianza/notifications",
                "ce_specversion": "1.0",
                "ce_subject": "pts_fair_recruitment_mx_ca",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "notification.delivery_failed",
                "content-type": "application/json",
                "dlq_consumer_group": "your-consumer-group",
                "dlq_error": "TimeoutError: the database did not answer within 5 s (5 attempts)",
                "dlq_failed_at": "2027-03-15T14:30:00+00:00",
                "dlq_original_offset": "1841",
                "dlq_original_partition": "3",
                "dlq_original_topic": "alianza.notifications",
                "dlq_reason": "handler_failed"
              },
              "name": "notifications_dead_lettered",
              "payload": {
                "attempts": 8,
                "delivery_id": "msg_5f0c8a3e9b7d4e21a6c4d2f1e0b9a8c7",
                "event_id": "6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0",
                "event_type": "commitment.report_due",
                "failed_at": "2027-03-15T14:30:00Z",
                "last_error": "503 Service Unavailable",
                "last_status_code": 503,
                "owner_organisation_id": "prt_employers_ca",
                "partnership_id": "pts_fair_recruitment_mx_ca",
                "subscription_id": "sub_employers_ca_hooks"
              },
              "summary": "Key `pts_fair_recruitment_mx_ca`; the value is the payload below."
            }
          ],
          "headers": "$ref:$.channels.commitments_dlq.messages.commitments.dead_lettered.headers",
          "name": "notifications.dead_lettered",
          "payload": {
            "description": "The original record value, unchanged.",
            "x-parser-schema-id": "<anonymous-schema-267>"
          },
          "summary": "The original record (key, value and headers unchanged) plus `dlq_*` headers.",
          "title": "A record of the notifications stream that a consumer gave up on",
          "x-parser-unique-object-id": "notifications.dead_lettered"
        }
      },
      "title": "alianza.notifications.dlq",
      "x-parser-unique-object-id": "notifications_dlq"
    },
    "ops": {
      "address": "alianza.ops",
      "bindings": {
        "kafka": {
          "bindingVersion": "0.5.0",
          "topic": "alianza.ops"
        }
      },
      "description": "Events of the ops stream, keyed by subject; published by ops.",
      "messages": {
        "ops.consumer_lag_exceeded.v1": {
          "bindings": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings",
          "contentType": "application/json",
          "correlationId": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId",
          "description": "`ops.consumer_lag_exceeded`: a consumer group's lag stayed above the alert threshold.\n\n    Published by the ops watcher (`python -m ops.watch`, source `/alianza/ops`); the event's\n    subject (and Kafka key) is the consumer group.",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "b5a99084-c879-55ba-ab43-b40fece5ffcd",
                "ce_dataschema": "urn:alianza:schema:ops.consumer_lag_exceeded:v1",
                "ce_id": "16887ec3-8db7-5cc4-ade3-3c7942294cae",
                "ce_source": "/alianza/ops",
                "ce_specversion": "1.0",
                "ce_subject": "commitments",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "ops.consumer_lag_exceeded",
                "content-type": "application/json"
              },
              "name": "ops_consumer_lag_exceeded",
              "payload": {
                "above_for_seconds": 120,
                "detected_at": "2027-03-15T14:30:00Z",
                "group": "commitments",
                "lag": 1850,
                "threshold": 1000,
                "topics": {
                  "alianza.partnerships": 1850
                }
              },
              "summary": "Key `commitments`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:ops.consumer_lag_exceeded:v1",
                    "x-parser-schema-id": "<anonymous-schema-270>"
                  },
                  "ce_source": {
                    "const": "/alianza/ops",
                    "x-parser-schema-id": "<anonymous-schema-271>"
                  },
                  "ce_type": {
                    "const": "ops.consumer_lag_exceeded",
                    "x-parser-schema-id": "<anonymous-schema-272>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-269>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-268>"
          },
          "name": "ops.consumer_lag_exceeded",
          "payload": {
            "$id": "urn:alianza:schema:ops.consumer_lag_exceeded:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "description": "`ops.consumer_lag_exceeded`: a consumer group's lag stayed above the alert threshold.\n\nPublished by the ops watcher (`python -m ops.watch`, source `/alianza/ops`); the event's\nsubject (and Kafka key) is the consumer group.",
            "properties": {
              "above_for_seconds": {
                "title": "Above For Seconds",
                "type": "number",
                "x-parser-schema-id": "<anonymous-schema-273>"
              },
              "detected_at": {
                "format": "date-time",
                "title": "Detected At",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-274>"
              },
              "group": {
                "title": "Group",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-275>"
              },
              "lag": {
                "title": "Lag",
                "type": "integer",
                "x-parser-schema-id": "<anonymous-schema-276>"
              },
              "threshold": {
                "title": "Threshold",
                "type": "integer",
                "x-parser-schema-id": "<anonymous-schema-277>"
              },
              "topics": {
                "additionalProperties": {
                  "type": "integer",
                  "x-parser-schema-id": "<anonymous-schema-279>"
                },
                "title": "Topics",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-278>"
              }
            },
            "required": [
              "group",
              "lag",
              "threshold",
              "above_for_seconds",
              "topics",
              "detected_at"
            ],
            "title": "ConsumerLagExceeded",
            "type": "object"
          },
          "summary": "`ops.consumer_lag_exceeded` on the ops stream, published by ops.",
          "title": "ops.consumer_lag_exceeded (v1)",
          "x-parser-unique-object-id": "ops.consumer_lag_exceeded.v1"
        },
        "ops.consumer_lag_recovered.v1": {
          "bindings": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings",
          "contentType": "application/json",
          "correlationId": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId",
          "description": "`ops.consumer_lag_recovered`: a group that raised `ops.consumer_lag_exceeded` caught up.\n\n    Published by the ops watcher; the subject (and Kafka key) is the consumer group.",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "c8669e5c-df3e-590f-a116-135a1fcf7526",
                "ce_dataschema": "urn:alianza:schema:ops.consumer_lag_recovered:v1",
                "ce_id": "20367128-19d2-565d-b0c1-ed51bd15eaad",
                "ce_source": "/alianza/ops",
                "ce_specversion": "1.0",
                "ce_subject": "commitments",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "ops.consumer_lag_recovered",
                "content-type": "application/json"
              },
              "name": "ops_consumer_lag_recovered",
              "payload": {
                "alerted_for_seconds": 540,
                "group": "commitments",
                "lag": 12,
                "recovered_at": "2027-03-15T14:30:00Z",
                "threshold": 1000
              },
              "summary": "Key `commitments`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:ops.consumer_lag_recovered:v1",
                    "x-parser-schema-id": "<anonymous-schema-282>"
                  },
                  "ce_source": {
                    "const": "/alianza/ops",
                    "x-parser-schema-id": "<anonymous-schema-283>"
                  },
                  "ce_type": {
                    "const": "ops.consumer_lag_recovered",
                    "x-parser-schema-id": "<anonymous-schema-284>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-281>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-280>"
          },
          "name": "ops.consumer_lag_recovered",
          "payload": {
            "$id": "urn:alianza:schema:ops.consumer_lag_recovered:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "description": "`ops.consumer_lag_recovered`: a group that raised `ops.consumer_lag_exceeded` caught up.\n\nPublished by the ops watcher; the subject (and Kafka key) is the consumer group.",
            "properties": {
              "alerted_for_seconds": {
                "title": "Alerted For Seconds",
                "type": "number",
                "x-parser-schema-id": "<anonymous-schema-285>"
              },
              "group": {
                "title": "Group",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-286>"
              },
              "lag": {
                "title": "Lag",
                "type": "integer",
                "x-parser-schema-id": "<anonymous-schema-287>"
              },
              "recovered_at": {
                "format": "date-time",
                "title": "Recovered At",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-288>"
              },
              "threshold": {
                "title": "Threshold",
                "type": "integer",
                "x-parser-schema-id": "<anonymous-schema-289>"
              }
            },
            "required": [
              "group",
              "lag",
              "threshold",
              "alerted_for_seconds",
              "recovered_at"
            ],
            "title": "ConsumerLagRecovered",
            "type": "object"
          },
          "summary": "`ops.consumer_lag_recovered` on the ops stream, published by ops.",
          "title": "ops.consumer_lag_recovered (v1)",
          "x-parser-unique-object-id": "ops.consumer_lag_recovered.v1"
        }
      },
      "title": "alianza.ops",
      "x-parser-unique-object-id": "ops"
    },
    "ops_dlq": {
      "address": "alianza.ops.dlq",
      "bindings": {
        "kafka": {
          "bindingVersion": "0.5.0",
          "topic": "alianza.ops.dlq"
        }
      },
      "description": "Dead letters of alianza.ops: records its consumers could not apply.",
      "messages": {
        "ops.dead_lettered": {
          "bindings": {
            "kafka": {
              "bindingVersion": "0.5.0",
              "key": {
                "description": "The original record's key, unchanged.",
                "type": "string"
              }
            }
          },
          "description": "The value is the original bytes, which may be anything (a malformed record lands here too); the CloudEvents headers are present when the original had them.",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "b5a99084-c879-55ba-ab43-b40fece5ffcd",
                "ce_dataschema": "urn:alianza:schema:ops.consumer_lag_exceeded:v1",
                "ce_id": "16887ec3-8db7-5cc4-ade3-3c7942294cae",
                "ce_source": "/alianza/ops",
                "ce_specversion": "1.0",
                "ce_subject": "commitments",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "ops.consumer_lag_exceeded",
                "content-type": "application/json",
                "dlq_consumer_group": "your-consumer-group",
                "dlq_error": "TimeoutError: the database did not answer within 5 s (5 attempts)",
                "dlq_failed_at": "2027-03-15T14:30:00+00:00",
                "dlq_original_offset": "1841",
                "dlq_original_partition": "3",
                "dlq_original_topic": "alianza.ops",
                "dlq_reason": "handler_failed"
              },
              "name": "ops_dead_lettered",
              "payload": {
                "above_for_seconds": 120,
                "detected_at": "2027-03-15T14:30:00Z",
                "group": "commitments",
                "lag": 1850,
                "threshold": 1000,
                "topics": {
                  "alianza.partnerships": 1850
                }
              },
              "summary": "Key `commitments`; the value is the payload below."
            }
          ],
          "headers": "$ref:$.channels.commitments_dlq.messages.commitments.dead_lettered.headers",
          "name": "ops.dead_lettered",
          "payload": {
            "description": "The original record value, unchanged.",
            "x-parser-schema-id": "<anonymous-schema-290>"
          },
          "summary": "The original record (key, value and headers unchanged) plus `dlq_*` headers.",
          "title": "A record of the ops stream that a consumer gave up on",
          "x-parser-unique-object-id": "ops.dead_lettered"
        }
      },
      "title": "alianza.ops.dlq",
      "x-parser-unique-object-id": "ops_dlq"
    },
    "partnerships": {
      "address": "alianza.partnerships",
      "bindings": {
        "kafka": {
          "bindingVersion": "0.5.0",
          "topic": "alianza.partnerships"
        }
      },
      "description": "Events of the partnerships stream, keyed by subject; published by registry.",
      "messages": {
        "partner.registered.v1": {
          "bindings": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings",
          "contentType": "application/json",
          "correlationId": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "bda40896-62b0-569b-a566-eaee97839b63",
                "ce_dataschema": "urn:alianza:schema:partner.registered:v1",
                "ce_id": "13b6e449-1e4b-5f42-9753-d74f1499fec5",
                "ce_source": "/alianza/registry",
                "ce_specversion": "1.0",
                "ce_subject": "prt_diaspora_ca",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "partner.registered",
                "content-type": "application/json"
              },
              "name": "partner_registered",
              "payload": {
                "country": "CA",
                "iati_org_ref": null,
                "kind": "diaspora_organisation",
                "name": "Mexican Diaspora in Canada",
                "partner_id": "prt_diaspora_ca"
              },
              "summary": "Key `prt_diaspora_ca`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:partner.registered:v1",
                    "x-parser-schema-id": "<anonymous-schema-293>"
                  },
                  "ce_source": {
                    "const": "/alianza/registry",
                    "x-parser-schema-id": "<anonymous-schema-294>"
                  },
                  "ce_type": {
                    "const": "partner.registered",
                    "x-parser-schema-id": "<anonymous-schema-295>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-292>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-291>"
          },
          "name": "partner.registered",
          "payload": {
            "$id": "urn:alianza:schema:partner.registered:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "properties": {
              "country": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-297>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-298>"
                  }
                ],
                "default": null,
                "title": "Country",
                "x-parser-schema-id": "<anonymous-schema-296>"
              },
              "iati_org_ref": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-300>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-301>"
                  }
                ],
                "default": null,
                "title": "Iati Org Ref",
                "x-parser-schema-id": "<anonymous-schema-299>"
              },
              "kind": {
                "title": "Kind",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-302>"
              },
              "name": {
                "title": "Name",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-303>"
              },
              "partner_id": {
                "title": "Partner Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-304>"
              }
            },
            "required": [
              "partner_id",
              "name",
              "kind"
            ],
            "title": "PartnerRegistered",
            "type": "object"
          },
          "summary": "`partner.registered` on the partnerships stream, published by registry.",
          "title": "partner.registered (v1)",
          "x-parser-unique-object-id": "partner.registered.v1"
        },
        "partnership.adopted.v1": {
          "bindings": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings",
          "contentType": "application/json",
          "correlationId": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId",
          "description": "proposed, updated, withdrawn, adopted, rejected, returned_for_revision,\n    implementation_started.",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "6dbc51e0-3009-50c2-83c4-48864799c664",
                "ce_dataschema": "urn:alianza:schema:partnership.adopted:v1",
                "ce_id": "94da8c09-f3ad-517c-aab9-0f42befe7d08",
                "ce_source": "/alianza/registry",
                "ce_specversion": "1.0",
                "ce_subject": "pts_fair_recruitment_mx_ca",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "partnership.adopted",
                "content-type": "application/json"
              },
              "name": "partnership_adopted",
              "payload": {
                "actor_client_id": "cli_compact_secretariat",
                "actor_organisation_id": "prt_compact_secretariat",
                "partnership": {
                  "classification": "public",
                  "consultation_platform": null,
                  "countries": [
                    {
                      "code": "MX",
                      "role": "origin"
                    },
                    {
                      "code": "CA",
                      "role": "destination"
                    }
                  ],
                  "gcm_objectives": [
                    6,
                    22
                  ],
                  "id": "pts_fair_recruitment_mx_ca",
                  "language": "en",
                  "lead_partner_id": "prt_secretaria_trabajo",
                  "level": "bilateral",
                  "members": [
                    {
                      "kind": "line_ministry",
                      "partner_id": "prt_secretaria_trabajo",
                      "role": "lead"
                    },
                    {
                      "kind": "employer_or_recruiter",
                      "partner_id": "prt_employers_ca",
                      "role": "implementing"
                    },
                    {
                      "kind": "diaspora_organisation",
                      "partner_id": "prt_diaspora_ca",
                      "role": "technical"
                    }
                  ],
                  "owner_organisation_id": "prt_secretaria_trabajo",
                  "planned_commitments": [
                    {
                      "baseline": "0",
                      "description": "Workers recruited without paying any fee",
                      "due_date": "2027-12-31",
                      "holders": [
                        {
                          "partner_id": "prt_employers_ca",
                          "share": null
                        }
                      ],
                      "id": "cmt_fee_free_recruitment",
                      "indicator": "Workers recruited fee-free",
                      "reporting_frequency": "annual",
                      "responsible_partner_id": "prt_employers_ca",
                      "start_date": "2026-01-01",
                      "target": "1200",
                      "unit": "workers"
                    }
                  ],
                  "policy_areas": [
                    "employment"
                  ],
                  "replicated_from": null,
                  "review_cycle": 0,
                  "sdg_targets": [
                    "8.8",
                    "10.7"
                  ],
                  "status": "adopted",
                  "summary": "Recruitment without fees, pre-departure orientation and portable social security for workers of the seasonal agricultural programme.",
                  "themes": [
                    "human_rights",
                    "shared_responsibility"
                  ],
                  "title": "Fair recruitment of seasonal agricultural workers, Mexico-Canada",
                  "translations": {},
                  "version": 5
                },
                "reason": null
              },
              "summary": "Key `pts_fair_recruitment_mx_ca`; the value is the payload below."
            },
            {
              "headers": {
                "ce_correlationid": "1280ea52-ed98-582c-918a-f7e3786e2bec",
                "ce_dataschema": "urn:alianza:schema:partnership.adopted:v1",
                "ce_id": "09ab623c-01a7-5bb5-b530-1a9a38ff9f8f",
                "ce_source": "/alianza/registry",
                "ce_specversion": "1.0",
                "ce_subject": "pts_fair_recruitment_mx_ca",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "partnership.adopted",
                "content-type": "application/json"
              },
              "name": "partnership_adopted_restricted",
              "payload": {
                "actor_client_id": "cli_compact_secretariat",
                "actor_organisation_id": "prt_compact_secretariat",
                "partnership": {
                  "classification": "restricted",
                  "consultation_platform": null,
                  "countries": [
                    {
                      "code": "MX",
                      "role": "origin"
                    },
                    {
                      "code": "CA",
                      "role": "destination"
                    }
                  ],
                  "gcm_objectives": [
                    6,
                    22
                  ],
                  "id": "pts_fair_recruitment_mx_ca",
                  "language": "en",
                  "lead_partner_id": "prt_secretaria_trabajo",
                  "level": "bilateral",
                  "members": [
                    {
                      "kind": "line_ministry",
                      "partner_id": "prt_secretaria_trabajo",
                      "role": "lead"
                    },
                    {
                      "kind": "employer_or_recruiter",
                      "partner_id": "prt_employers_ca",
                      "role": "implementing"
                    },
                    {
                      "kind": "diaspora_organisation",
                      "partner_id": "prt_diaspora_ca",
                      "role": "technical"
                    }
                  ],
                  "owner_organisation_id": "prt_secretaria_trabajo",
                  "planned_commitments": [
                    {
                      "baseline": "0",
                      "description": "",
                      "due_date": "2027-12-31",
                      "holders": [
                        {
                          "partner_id": "prt_employers_ca",
                          "share": null
                        }
                      ],
                      "id": "cmt_fee_free_recruitment",
                      "indicator": "",
                      "reporting_frequency": "annual",
                      "responsible_partner_id": "prt_employers_ca",
                      "start_date": "2026-01-01",
                      "target": "1200",
                      "unit": "workers"
                    }
                  ],
                  "policy_areas": [
                    "employment"
                  ],
                  "replicated_from": null,
                  "review_cycle": 0,
                  "sdg_targets": [
                    "8.8",
                    "10.7"
                  ],
                  "status": "adopted",
                  "summary": "",
                  "themes": [
                    "human_rights",
                    "shared_responsibility"
                  ],
                  "title": "",
                  "translations": {},
                  "version": 5
                },
                "reason": null
              },
              "summary": "Key `pts_fair_recruitment_mx_ca`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:partnership.adopted:v1",
                    "x-parser-schema-id": "<anonymous-schema-307>"
                  },
                  "ce_source": {
                    "const": "/alianza/registry",
                    "x-parser-schema-id": "<anonymous-schema-308>"
                  },
                  "ce_type": {
                    "const": "partnership.adopted",
                    "x-parser-schema-id": "<anonymous-schema-309>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-306>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-305>"
          },
          "name": "partnership.adopted",
          "payload": {
            "$defs": {
              "Classification": {
                "description": "Who may read a partnership's texts: everyone, or only its members and the secretariat.",
                "enum": [
                  "public",
                  "restricted"
                ],
                "title": "Classification",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-315>"
              },
              "CountryInvolvement": {
                "properties": {
                  "code": {
                    "title": "Code",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-321>"
                  },
                  "role": {
                    "title": "Role",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-322>"
                  }
                },
                "required": [
                  "code",
                  "role"
                ],
                "title": "CountryInvolvement",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-320>"
              },
              "Holder": {
                "description": "An organisation that holds (part of) a commitment, and the part of the target it takes.",
                "properties": {
                  "partner_id": {
                    "title": "Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-346>"
                  },
                  "share": {
                    "anyOf": [
                      {
                        "type": "number",
                        "x-parser-schema-id": "<anonymous-schema-348>"
                      },
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-349>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-350>"
                      }
                    ],
                    "default": null,
                    "description": "The part of the target this holder takes, in the indicator's unit; when given, every holder has one and they sum to the target.",
                    "title": "Share",
                    "x-parser-schema-id": "<anonymous-schema-347>"
                  }
                },
                "required": [
                  "partner_id"
                ],
                "title": "Holder",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-345>"
              },
              "Member": {
                "properties": {
                  "kind": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-332>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-333>"
                      }
                    ],
                    "default": null,
                    "title": "Kind",
                    "x-parser-schema-id": "<anonymous-schema-331>"
                  },
                  "partner_id": {
                    "title": "Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-334>"
                  },
                  "role": {
                    "title": "Role",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-335>"
                  }
                },
                "required": [
                  "partner_id",
                  "role"
                ],
                "title": "Member",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-330>"
              },
              "NarrativeTranslation": {
                "description": "A partnership's title and summary in a language other than its default; a field left out\nhas no translation (readers fall back to the default language's text).",
                "properties": {
                  "summary": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-378>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-379>"
                      }
                    ],
                    "default": null,
                    "title": "Summary",
                    "x-parser-schema-id": "<anonymous-schema-377>"
                  },
                  "title": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-381>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-382>"
                      }
                    ],
                    "default": null,
                    "title": "Title",
                    "x-parser-schema-id": "<anonymous-schema-380>"
                  }
                },
                "title": "NarrativeTranslation",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-376>"
              },
              "PartnershipSnapshot": {
                "properties": {
                  "classification": "$ref:$.channels.partnerships.messages.partnership.adopted.v1.payload.$defs.Classification",
                  "consultation_platform": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-317>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-318>"
                      }
                    ],
                    "default": null,
                    "title": "Consultation Platform",
                    "x-parser-schema-id": "<anonymous-schema-316>"
                  },
                  "countries": {
                    "items": "$ref:$.channels.partnerships.messages.partnership.adopted.v1.payload.$defs.CountryInvolvement",
                    "title": "Countries",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-319>"
                  },
                  "gcm_objectives": {
                    "default": [],
                    "items": {
                      "type": "integer",
                      "x-parser-schema-id": "<anonymous-schema-324>"
                    },
                    "title": "Gcm Objectives",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-323>"
                  },
                  "id": {
                    "title": "Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-325>"
                  },
                  "language": {
                    "default": "en",
                    "description": "BCP 47 primary language tag (en, es, fr) of `title` and `summary`, the partnership's default language; `en` in snapshots from before translations.",
                    "title": "Language",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-326>"
                  },
                  "lead_partner_id": {
                    "title": "Lead Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-327>"
                  },
                  "level": {
                    "title": "Level",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-328>"
                  },
                  "members": {
                    "items": "$ref:$.channels.partnerships.messages.partnership.adopted.v1.payload.$defs.Member",
                    "title": "Members",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-329>"
                  },
                  "owner_organisation_id": {
                    "title": "Owner Organisation Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-336>"
                  },
                  "planned_commitments": {
                    "default": [],
                    "items": {
                      "properties": {
                        "baseline": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-340>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-341>"
                            }
                          ],
                          "title": "Baseline",
                          "x-parser-schema-id": "<anonymous-schema-339>"
                        },
                        "description": {
                          "title": "Description",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-342>"
                        },
                        "due_date": {
                          "format": "date",
                          "title": "Due Date",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-343>"
                        },
                        "holders": {
                          "default": [],
                          "description": "Every holder, the responsible partner first; empty in snapshots from before joint commitments, where the responsible partner is the only holder.",
                          "items": "$ref:$.channels.partnerships.messages.partnership.adopted.v1.payload.$defs.Holder",
                          "title": "Holders",
                          "type": "array",
                          "x-parser-schema-id": "<anonymous-schema-344>"
                        },
                        "id": {
                          "title": "Id",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-351>"
                        },
                        "indicator": {
                          "title": "Indicator",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-352>"
                        },
                        "reporting_frequency": {
                          "default": "once",
                          "description": "once | quarterly | semi_annual | annual: how often progress is reported.",
                          "title": "Reporting Frequency",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-353>"
                        },
                        "responsible_partner_id": {
                          "description": "The first holder: the one answerable for the commitment as a whole (the only holder before joint commitments existed).",
                          "title": "Responsible Partner Id",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-354>"
                        },
                        "start_date": {
                          "anyOf": [
                            {
                              "format": "date",
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-356>"
                            },
                            {
                              "type": "null",
                              "x-parser-schema-id": "<anonymous-schema-357>"
                            }
                          ],
                          "default": null,
                          "title": "Start Date",
                          "x-parser-schema-id": "<anonymous-schema-355>"
                        },
                        "target": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-359>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-360>"
                            }
                          ],
                          "title": "Target",
                          "x-parser-schema-id": "<anonymous-schema-358>"
                        },
                        "unit": {
                          "title": "Unit",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-361>"
                        }
                      },
                      "required": [
                        "id",
                        "description",
                        "responsible_partner_id",
                        "indicator",
                        "unit",
                        "baseline",
                        "target",
                        "due_date"
                      ],
                      "title": "PlannedCommitment",
                      "type": "object",
                      "x-parser-schema-id": "<anonymous-schema-338>"
                    },
                    "title": "Planned Commitments",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-337>"
                  },
                  "policy_areas": {
                    "default": [],
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-363>"
                    },
                    "title": "Policy Areas",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-362>"
                  },
                  "replicated_from": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-365>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-366>"
                      }
                    ],
                    "default": null,
                    "title": "Replicated From",
                    "x-parser-schema-id": "<anonymous-schema-364>"
                  },
                  "review_cycle": {
                    "default": 0,
                    "title": "Review Cycle",
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-367>"
                  },
                  "sdg_targets": {
                    "default": [],
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-369>"
                    },
                    "title": "Sdg Targets",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-368>"
                  },
                  "status": {
                    "title": "Status",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-370>"
                  },
                  "summary": {
                    "title": "Summary",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-371>"
                  },
                  "themes": {
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-373>"
                    },
                    "title": "Themes",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-372>"
                  },
                  "title": {
                    "title": "Title",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-374>"
                  },
                  "translations": {
                    "additionalProperties": "$ref:$.channels.partnerships.messages.partnership.adopted.v1.payload.$defs.NarrativeTranslation",
                    "default": {},
                    "description": "The title and summary in other languages, keyed by language tag; never the default language.",
                    "title": "Translations",
                    "type": "object",
                    "x-parser-schema-id": "<anonymous-schema-375>"
                  },
                  "version": {
                    "title": "Version",
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-383>"
                  }
                },
                "required": [
                  "id",
                  "version",
                  "status",
                  "title",
                  "summary",
                  "owner_organisation_id",
                  "lead_partner_id",
                  "members",
                  "level",
                  "countries",
                  "themes"
                ],
                "title": "PartnershipSnapshot",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-314>"
              },
              "PlannedCommitment": "$ref:$.channels.partnerships.messages.partnership.adopted.v1.payload.$defs.PartnershipSnapshot.properties.planned_commitments.items"
            },
            "$id": "urn:alianza:schema:partnership.adopted:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "description": "proposed, updated, withdrawn, adopted, rejected, returned_for_revision,\nimplementation_started.",
            "properties": {
              "actor_client_id": {
                "title": "Actor Client Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-310>"
              },
              "actor_organisation_id": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-312>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-313>"
                  }
                ],
                "default": null,
                "title": "Actor Organisation Id",
                "x-parser-schema-id": "<anonymous-schema-311>"
              },
              "partnership": "$ref:$.channels.partnerships.messages.partnership.adopted.v1.payload.$defs.PartnershipSnapshot",
              "reason": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-385>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-386>"
                  }
                ],
                "default": null,
                "description": "Why the decision was taken, as its maker gave it (always set for rejected and returned_for_revision of a public partnership; never for a restricted one).",
                "title": "Reason",
                "x-parser-schema-id": "<anonymous-schema-384>"
              }
            },
            "required": [
              "partnership",
              "actor_client_id"
            ],
            "title": "PartnershipChanged",
            "type": "object"
          },
          "summary": "`partnership.adopted` on the partnerships stream, published by registry.",
          "title": "partnership.adopted (v1)",
          "x-parser-unique-object-id": "partnership.adopted.v1"
        },
        "partnership.amended.v1": {
          "bindings": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings",
          "contentType": "application/json",
          "correlationId": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId",
          "description": "amendment_proposed (the partnership as it stands, waiting for the secretariat),\n    amended (the partnership as the approved amendment made it) and amendment_rejected (as it\n    stands; `reason` says why, unless the partnership is restricted).",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "5e3e3c32-3520-54cc-89b4-bf5c9def43fd",
                "ce_dataschema": "urn:alianza:schema:partnership.amended:v1",
                "ce_id": "45b8b094-eeb9-58e6-a0ae-a7aecc3806b0",
                "ce_source": "/alianza/registry",
                "ce_specversion": "1.0",
                "ce_subject": "pts_fair_recruitment_mx_ca",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "partnership.amended",
                "content-type": "application/json"
              },
              "name": "partnership_amended",
              "payload": {
                "actor_client_id": "cli_compact_secretariat",
                "actor_organisation_id": "prt_compact_secretariat",
                "amendment_id": "amd_fair_recruitment_gt",
                "changed_fields": [
                  "countries",
                  "planned_commitments"
                ],
                "partnership": {
                  "classification": "public",
                  "consultation_platform": null,
                  "countries": [
                    {
                      "code": "MX",
                      "role": "origin"
                    },
                    {
                      "code": "GT",
                      "role": "origin"
                    },
                    {
                      "code": "CA",
                      "role": "destination"
                    }
                  ],
                  "gcm_objectives": [
                    6,
                    22
                  ],
                  "id": "pts_fair_recruitment_mx_ca",
                  "language": "en",
                  "lead_partner_id": "prt_secretaria_trabajo",
                  "level": "bilateral",
                  "members": [
                    {
                      "kind": "line_ministry",
                      "partner_id": "prt_secretaria_trabajo",
                      "role": "lead"
                    },
                    {
                      "kind": "employer_or_recruiter",
                      "partner_id": "prt_employers_ca",
                      "role": "implementing"
                    },
                    {
                      "kind": "diaspora_organisation",
                      "partner_id": "prt_diaspora_ca",
                      "role": "technical"
                    }
                  ],
                  "owner_organisation_id": "prt_secretaria_trabajo",
                  "planned_commitments": [
                    {
                      "baseline": "0",
                      "description": "Workers recruited without paying any fee",
                      "due_date": "2027-12-31",
                      "holders": [
                        {
                          "partner_id": "prt_employers_ca",
                          "share": null
                        }
                      ],
                      "id": "cmt_fee_free_recruitment",
                      "indicator": "Workers recruited fee-free",
                      "reporting_frequency": "annual",
                      "responsible_partner_id": "prt_employers_ca",
                      "start_date": "2026-01-01",
                      "target": "1200",
                      "unit": "workers"
                    }
                  ],
                  "policy_areas": [
                    "employment"
                  ],
                  "replicated_from": null,
                  "review_cycle": 1,
                  "sdg_targets": [
                    "8.8",
                    "10.7"
                  ],
                  "status": "implementing",
                  "summary": "Recruitment without fees, pre-departure orientation and portable social security for workers of the seasonal agricultural programme.",
                  "themes": [
                    "human_rights",
                    "shared_responsibility"
                  ],
                  "title": "Fair recruitment of seasonal agricultural workers, Mexico-Canada",
                  "translations": {},
                  "version": 10
                },
                "previous_version": 9,
                "reason": "Scaling up: Guatemala joins as a country of origin, with a second cohort."
              },
              "summary": "Key `pts_fair_recruitment_mx_ca`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:partnership.amended:v1",
                    "x-parser-schema-id": "<anonymous-schema-389>"
                  },
                  "ce_source": {
                    "const": "/alianza/registry",
                    "x-parser-schema-id": "<anonymous-schema-390>"
                  },
                  "ce_type": {
                    "const": "partnership.amended",
                    "x-parser-schema-id": "<anonymous-schema-391>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-388>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-387>"
          },
          "name": "partnership.amended",
          "payload": {
            "$defs": {
              "Classification": {
                "description": "Who may read a partnership's texts: everyone, or only its members and the secretariat.",
                "enum": [
                  "public",
                  "restricted"
                ],
                "title": "Classification",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-400>"
              },
              "CountryInvolvement": {
                "properties": {
                  "code": {
                    "title": "Code",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-406>"
                  },
                  "role": {
                    "title": "Role",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-407>"
                  }
                },
                "required": [
                  "code",
                  "role"
                ],
                "title": "CountryInvolvement",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-405>"
              },
              "Holder": {
                "description": "An organisation that holds (part of) a commitment, and the part of the target it takes.",
                "properties": {
                  "partner_id": {
                    "title": "Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-431>"
                  },
                  "share": {
                    "anyOf": [
                      {
                        "type": "number",
                        "x-parser-schema-id": "<anonymous-schema-433>"
                      },
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-434>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-435>"
                      }
                    ],
                    "default": null,
                    "description": "The part of the target this holder takes, in the indicator's unit; when given, every holder has one and they sum to the target.",
                    "title": "Share",
                    "x-parser-schema-id": "<anonymous-schema-432>"
                  }
                },
                "required": [
                  "partner_id"
                ],
                "title": "Holder",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-430>"
              },
              "Member": {
                "properties": {
                  "kind": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-417>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-418>"
                      }
                    ],
                    "default": null,
                    "title": "Kind",
                    "x-parser-schema-id": "<anonymous-schema-416>"
                  },
                  "partner_id": {
                    "title": "Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-419>"
                  },
                  "role": {
                    "title": "Role",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-420>"
                  }
                },
                "required": [
                  "partner_id",
                  "role"
                ],
                "title": "Member",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-415>"
              },
              "NarrativeTranslation": {
                "description": "A partnership's title and summary in a language other than its default; a field left out\nhas no translation (readers fall back to the default language's text).",
                "properties": {
                  "summary": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-463>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-464>"
                      }
                    ],
                    "default": null,
                    "title": "Summary",
                    "x-parser-schema-id": "<anonymous-schema-462>"
                  },
                  "title": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-466>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-467>"
                      }
                    ],
                    "default": null,
                    "title": "Title",
                    "x-parser-schema-id": "<anonymous-schema-465>"
                  }
                },
                "title": "NarrativeTranslation",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-461>"
              },
              "PartnershipSnapshot": {
                "properties": {
                  "classification": "$ref:$.channels.partnerships.messages.partnership.amended.v1.payload.$defs.Classification",
                  "consultation_platform": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-402>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-403>"
                      }
                    ],
                    "default": null,
                    "title": "Consultation Platform",
                    "x-parser-schema-id": "<anonymous-schema-401>"
                  },
                  "countries": {
                    "items": "$ref:$.channels.partnerships.messages.partnership.amended.v1.payload.$defs.CountryInvolvement",
                    "title": "Countries",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-404>"
                  },
                  "gcm_objectives": {
                    "default": [],
                    "items": {
                      "type": "integer",
                      "x-parser-schema-id": "<anonymous-schema-409>"
                    },
                    "title": "Gcm Objectives",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-408>"
                  },
                  "id": {
                    "title": "Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-410>"
                  },
                  "language": {
                    "default": "en",
                    "description": "BCP 47 primary language tag (en, es, fr) of `title` and `summary`, the partnership's default language; `en` in snapshots from before translations.",
                    "title": "Language",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-411>"
                  },
                  "lead_partner_id": {
                    "title": "Lead Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-412>"
                  },
                  "level": {
                    "title": "Level",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-413>"
                  },
                  "members": {
                    "items": "$ref:$.channels.partnerships.messages.partnership.amended.v1.payload.$defs.Member",
                    "title": "Members",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-414>"
                  },
                  "owner_organisation_id": {
                    "title": "Owner Organisation Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-421>"
                  },
                  "planned_commitments": {
                    "default": [],
                    "items": {
                      "properties": {
                        "baseline": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-425>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-426>"
                            }
                          ],
                          "title": "Baseline",
                          "x-parser-schema-id": "<anonymous-schema-424>"
                        },
                        "description": {
                          "title": "Description",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-427>"
                        },
                        "due_date": {
                          "format": "date",
                          "title": "Due Date",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-428>"
                        },
                        "holders": {
                          "default": [],
                          "description": "Every holder, the responsible partner first; empty in snapshots from before joint commitments, where the responsible partner is the only holder.",
                          "items": "$ref:$.channels.partnerships.messages.partnership.amended.v1.payload.$defs.Holder",
                          "title": "Holders",
                          "type": "array",
                          "x-parser-schema-id": "<anonymous-schema-429>"
                        },
                        "id": {
                          "title": "Id",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-436>"
                        },
                        "indicator": {
                          "title": "Indicator",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-437>"
                        },
                        "reporting_frequency": {
                          "default": "once",
                          "description": "once | quarterly | semi_annual | annual: how often progress is reported.",
                          "title": "Reporting Frequency",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-438>"
                        },
                        "responsible_partner_id": {
                          "description": "The first holder: the one answerable for the commitment as a whole (the only holder before joint commitments existed).",
                          "title": "Responsible Partner Id",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-439>"
                        },
                        "start_date": {
                          "anyOf": [
                            {
                              "format": "date",
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-441>"
                            },
                            {
                              "type": "null",
                              "x-parser-schema-id": "<anonymous-schema-442>"
                            }
                          ],
                          "default": null,
                          "title": "Start Date",
                          "x-parser-schema-id": "<anonymous-schema-440>"
                        },
                        "target": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-444>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-445>"
                            }
                          ],
                          "title": "Target",
                          "x-parser-schema-id": "<anonymous-schema-443>"
                        },
                        "unit": {
                          "title": "Unit",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-446>"
                        }
                      },
                      "required": [
                        "id",
                        "description",
                        "responsible_partner_id",
                        "indicator",
                        "unit",
                        "baseline",
                        "target",
                        "due_date"
                      ],
                      "title": "PlannedCommitment",
                      "type": "object",
                      "x-parser-schema-id": "<anonymous-schema-423>"
                    },
                    "title": "Planned Commitments",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-422>"
                  },
                  "policy_areas": {
                    "default": [],
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-448>"
                    },
                    "title": "Policy Areas",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-447>"
                  },
                  "replicated_from": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-450>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-451>"
                      }
                    ],
                    "default": null,
                    "title": "Replicated From",
                    "x-parser-schema-id": "<anonymous-schema-449>"
                  },
                  "review_cycle": {
                    "default": 0,
                    "title": "Review Cycle",
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-452>"
                  },
                  "sdg_targets": {
                    "default": [],
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-454>"
                    },
                    "title": "Sdg Targets",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-453>"
                  },
                  "status": {
                    "title": "Status",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-455>"
                  },
                  "summary": {
                    "title": "Summary",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-456>"
                  },
                  "themes": {
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-458>"
                    },
                    "title": "Themes",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-457>"
                  },
                  "title": {
                    "title": "Title",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-459>"
                  },
                  "translations": {
                    "additionalProperties": "$ref:$.channels.partnerships.messages.partnership.amended.v1.payload.$defs.NarrativeTranslation",
                    "default": {},
                    "description": "The title and summary in other languages, keyed by language tag; never the default language.",
                    "title": "Translations",
                    "type": "object",
                    "x-parser-schema-id": "<anonymous-schema-460>"
                  },
                  "version": {
                    "title": "Version",
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-468>"
                  }
                },
                "required": [
                  "id",
                  "version",
                  "status",
                  "title",
                  "summary",
                  "owner_organisation_id",
                  "lead_partner_id",
                  "members",
                  "level",
                  "countries",
                  "themes"
                ],
                "title": "PartnershipSnapshot",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-399>"
              },
              "PlannedCommitment": "$ref:$.channels.partnerships.messages.partnership.amended.v1.payload.$defs.PartnershipSnapshot.properties.planned_commitments.items"
            },
            "$id": "urn:alianza:schema:partnership.amended:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "description": "amendment_proposed (the partnership as it stands, waiting for the secretariat),\namended (the partnership as the approved amendment made it) and amendment_rejected (as it\nstands; `reason` says why, unless the partnership is restricted).",
            "properties": {
              "actor_client_id": {
                "title": "Actor Client Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-392>"
              },
              "actor_organisation_id": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-394>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-395>"
                  }
                ],
                "default": null,
                "title": "Actor Organisation Id",
                "x-parser-schema-id": "<anonymous-schema-393>"
              },
              "amendment_id": {
                "title": "Amendment Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-396>"
              },
              "changed_fields": {
                "description": "What the amendment replaces: members, countries, planned_commitments.",
                "items": {
                  "type": "string",
                  "x-parser-schema-id": "<anonymous-schema-398>"
                },
                "title": "Changed Fields",
                "type": "array",
                "x-parser-schema-id": "<anonymous-schema-397>"
              },
              "partnership": "$ref:$.channels.partnerships.messages.partnership.amended.v1.payload.$defs.PartnershipSnapshot",
              "previous_version": {
                "anyOf": [
                  {
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-470>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-471>"
                  }
                ],
                "default": null,
                "description": "On `partnership.amended`: the version the amendment replaced.",
                "title": "Previous Version",
                "x-parser-schema-id": "<anonymous-schema-469>"
              },
              "reason": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-473>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-474>"
                  }
                ],
                "default": null,
                "description": "Why the decision was taken, as its maker gave it (always set for rejected and returned_for_revision of a public partnership; never for a restricted one).",
                "title": "Reason",
                "x-parser-schema-id": "<anonymous-schema-472>"
              }
            },
            "required": [
              "partnership",
              "actor_client_id",
              "amendment_id",
              "changed_fields"
            ],
            "title": "AmendmentEvent",
            "type": "object"
          },
          "summary": "`partnership.amended` on the partnerships stream, published by registry.",
          "title": "partnership.amended (v1)",
          "x-parser-unique-object-id": "partnership.amended.v1"
        },
        "partnership.amendment_proposed.v1": {
          "bindings": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings",
          "contentType": "application/json",
          "correlationId": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId",
          "description": "amendment_proposed (the partnership as it stands, waiting for the secretariat),\n    amended (the partnership as the approved amendment made it) and amendment_rejected (as it\n    stands; `reason` says why, unless the partnership is restricted).",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "84f60f3d-12ab-5574-9566-3e24cd9981cb",
                "ce_dataschema": "urn:alianza:schema:partnership.amendment_proposed:v1",
                "ce_id": "ac9865c7-87ac-5bd1-a4e9-6e0f70d71c98",
                "ce_source": "/alianza/registry",
                "ce_specversion": "1.0",
                "ce_subject": "pts_fair_recruitment_mx_ca",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "partnership.amendment_proposed",
                "content-type": "application/json"
              },
              "name": "partnership_amendment_proposed",
              "payload": {
                "actor_client_id": "cli_secretaria_trabajo_portal",
                "actor_organisation_id": "prt_secretaria_trabajo",
                "amendment_id": "amd_fair_recruitment_gt",
                "changed_fields": [
                  "countries",
                  "planned_commitments"
                ],
                "partnership": {
                  "classification": "public",
                  "consultation_platform": null,
                  "countries": [
                    {
                      "code": "MX",
                      "role": "origin"
                    },
                    {
                      "code": "CA",
                      "role": "destination"
                    }
                  ],
                  "gcm_objectives": [
                    6,
                    22
                  ],
                  "id": "pts_fair_recruitment_mx_ca",
                  "language": "en",
                  "lead_partner_id": "prt_secretaria_trabajo",
                  "level": "bilateral",
                  "members": [
                    {
                      "kind": "line_ministry",
                      "partner_id": "prt_secretaria_trabajo",
                      "role": "lead"
                    },
                    {
                      "kind": "employer_or_recruiter",
                      "partner_id": "prt_employers_ca",
                      "role": "implementing"
                    },
                    {
                      "kind": "diaspora_organisation",
                      "partner_id": "prt_diaspora_ca",
                      "role": "technical"
                    }
                  ],
                  "owner_organisation_id": "prt_secretaria_trabajo",
                  "planned_commitments": [
                    {
                      "baseline": "0",
                      "description": "Workers recruited without paying any fee",
                      "due_date": "2027-12-31",
                      "holders": [
                        {
                          "partner_id": "prt_employers_ca",
                          "share": null
                        }
                      ],
                      "id": "cmt_fee_free_recruitment",
                      "indicator": "Workers recruited fee-free",
                      "reporting_frequency": "annual",
                      "responsible_partner_id": "prt_employers_ca",
                      "start_date": "2026-01-01",
                      "target": "1200",
                      "unit": "workers"
                    }
                  ],
                  "policy_areas": [
                    "employment"
                  ],
                  "replicated_from": null,
                  "review_cycle": 1,
                  "sdg_targets": [
                    "8.8",
                    "10.7"
                  ],
                  "status": "implementing",
                  "summary": "Recruitment without fees, pre-departure orientation and portable social security for workers of the seasonal agricultural programme.",
                  "themes": [
                    "human_rights",
                    "shared_responsibility"
                  ],
                  "title": "Fair recruitment of seasonal agricultural workers, Mexico-Canada",
                  "translations": {},
                  "version": 9
                },
                "previous_version": null,
                "reason": "Scaling up: Guatemala joins as a country of origin, with a second cohort."
              },
              "summary": "Key `pts_fair_recruitment_mx_ca`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:partnership.amendment_proposed:v1",
                    "x-parser-schema-id": "<anonymous-schema-477>"
                  },
                  "ce_source": {
                    "const": "/alianza/registry",
                    "x-parser-schema-id": "<anonymous-schema-478>"
                  },
                  "ce_type": {
                    "const": "partnership.amendment_proposed",
                    "x-parser-schema-id": "<anonymous-schema-479>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-476>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-475>"
          },
          "name": "partnership.amendment_proposed",
          "payload": {
            "$defs": {
              "Classification": {
                "description": "Who may read a partnership's texts: everyone, or only its members and the secretariat.",
                "enum": [
                  "public",
                  "restricted"
                ],
                "title": "Classification",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-488>"
              },
              "CountryInvolvement": {
                "properties": {
                  "code": {
                    "title": "Code",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-494>"
                  },
                  "role": {
                    "title": "Role",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-495>"
                  }
                },
                "required": [
                  "code",
                  "role"
                ],
                "title": "CountryInvolvement",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-493>"
              },
              "Holder": {
                "description": "An organisation that holds (part of) a commitment, and the part of the target it takes.",
                "properties": {
                  "partner_id": {
                    "title": "Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-519>"
                  },
                  "share": {
                    "anyOf": [
                      {
                        "type": "number",
                        "x-parser-schema-id": "<anonymous-schema-521>"
                      },
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-522>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-523>"
                      }
                    ],
                    "default": null,
                    "description": "The part of the target this holder takes, in the indicator's unit; when given, every holder has one and they sum to the target.",
                    "title": "Share",
                    "x-parser-schema-id": "<anonymous-schema-520>"
                  }
                },
                "required": [
                  "partner_id"
                ],
                "title": "Holder",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-518>"
              },
              "Member": {
                "properties": {
                  "kind": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-505>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-506>"
                      }
                    ],
                    "default": null,
                    "title": "Kind",
                    "x-parser-schema-id": "<anonymous-schema-504>"
                  },
                  "partner_id": {
                    "title": "Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-507>"
                  },
                  "role": {
                    "title": "Role",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-508>"
                  }
                },
                "required": [
                  "partner_id",
                  "role"
                ],
                "title": "Member",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-503>"
              },
              "NarrativeTranslation": {
                "description": "A partnership's title and summary in a language other than its default; a field left out\nhas no translation (readers fall back to the default language's text).",
                "properties": {
                  "summary": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-551>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-552>"
                      }
                    ],
                    "default": null,
                    "title": "Summary",
                    "x-parser-schema-id": "<anonymous-schema-550>"
                  },
                  "title": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-554>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-555>"
                      }
                    ],
                    "default": null,
                    "title": "Title",
                    "x-parser-schema-id": "<anonymous-schema-553>"
                  }
                },
                "title": "NarrativeTranslation",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-549>"
              },
              "PartnershipSnapshot": {
                "properties": {
                  "classification": "$ref:$.channels.partnerships.messages.partnership.amendment_proposed.v1.payload.$defs.Classification",
                  "consultation_platform": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-490>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-491>"
                      }
                    ],
                    "default": null,
                    "title": "Consultation Platform",
                    "x-parser-schema-id": "<anonymous-schema-489>"
                  },
                  "countries": {
                    "items": "$ref:$.channels.partnerships.messages.partnership.amendment_proposed.v1.payload.$defs.CountryInvolvement",
                    "title": "Countries",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-492>"
                  },
                  "gcm_objectives": {
                    "default": [],
                    "items": {
                      "type": "integer",
                      "x-parser-schema-id": "<anonymous-schema-497>"
                    },
                    "title": "Gcm Objectives",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-496>"
                  },
                  "id": {
                    "title": "Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-498>"
                  },
                  "language": {
                    "default": "en",
                    "description": "BCP 47 primary language tag (en, es, fr) of `title` and `summary`, the partnership's default language; `en` in snapshots from before translations.",
                    "title": "Language",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-499>"
                  },
                  "lead_partner_id": {
                    "title": "Lead Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-500>"
                  },
                  "level": {
                    "title": "Level",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-501>"
                  },
                  "members": {
                    "items": "$ref:$.channels.partnerships.messages.partnership.amendment_proposed.v1.payload.$defs.Member",
                    "title": "Members",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-502>"
                  },
                  "owner_organisation_id": {
                    "title": "Owner Organisation Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-509>"
                  },
                  "planned_commitments": {
                    "default": [],
                    "items": {
                      "properties": {
                        "baseline": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-513>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-514>"
                            }
                          ],
                          "title": "Baseline",
                          "x-parser-schema-id": "<anonymous-schema-512>"
                        },
                        "description": {
                          "title": "Description",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-515>"
                        },
                        "due_date": {
                          "format": "date",
                          "title": "Due Date",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-516>"
                        },
                        "holders": {
                          "default": [],
                          "description": "Every holder, the responsible partner first; empty in snapshots from before joint commitments, where the responsible partner is the only holder.",
                          "items": "$ref:$.channels.partnerships.messages.partnership.amendment_proposed.v1.payload.$defs.Holder",
                          "title": "Holders",
                          "type": "array",
                          "x-parser-schema-id": "<anonymous-schema-517>"
                        },
                        "id": {
                          "title": "Id",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-524>"
                        },
                        "indicator": {
                          "title": "Indicator",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-525>"
                        },
                        "reporting_frequency": {
                          "default": "once",
                          "description": "once | quarterly | semi_annual | annual: how often progress is reported.",
                          "title": "Reporting Frequency",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-526>"
                        },
                        "responsible_partner_id": {
                          "description": "The first holder: the one answerable for the commitment as a whole (the only holder before joint commitments existed).",
                          "title": "Responsible Partner Id",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-527>"
                        },
                        "start_date": {
                          "anyOf": [
                            {
                              "format": "date",
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-529>"
                            },
                            {
                              "type": "null",
                              "x-parser-schema-id": "<anonymous-schema-530>"
                            }
                          ],
                          "default": null,
                          "title": "Start Date",
                          "x-parser-schema-id": "<anonymous-schema-528>"
                        },
                        "target": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-532>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-533>"
                            }
                          ],
                          "title": "Target",
                          "x-parser-schema-id": "<anonymous-schema-531>"
                        },
                        "unit": {
                          "title": "Unit",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-534>"
                        }
                      },
                      "required": [
                        "id",
                        "description",
                        "responsible_partner_id",
                        "indicator",
                        "unit",
                        "baseline",
                        "target",
                        "due_date"
                      ],
                      "title": "PlannedCommitment",
                      "type": "object",
                      "x-parser-schema-id": "<anonymous-schema-511>"
                    },
                    "title": "Planned Commitments",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-510>"
                  },
                  "policy_areas": {
                    "default": [],
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-536>"
                    },
                    "title": "Policy Areas",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-535>"
                  },
                  "replicated_from": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-538>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-539>"
                      }
                    ],
                    "default": null,
                    "title": "Replicated From",
                    "x-parser-schema-id": "<anonymous-schema-537>"
                  },
                  "review_cycle": {
                    "default": 0,
                    "title": "Review Cycle",
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-540>"
                  },
                  "sdg_targets": {
                    "default": [],
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-542>"
                    },
                    "title": "Sdg Targets",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-541>"
                  },
                  "status": {
                    "title": "Status",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-543>"
                  },
                  "summary": {
                    "title": "Summary",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-544>"
                  },
                  "themes": {
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-546>"
                    },
                    "title": "Themes",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-545>"
                  },
                  "title": {
                    "title": "Title",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-547>"
                  },
                  "translations": {
                    "additionalProperties": "$ref:$.channels.partnerships.messages.partnership.amendment_proposed.v1.payload.$defs.NarrativeTranslation",
                    "default": {},
                    "description": "The title and summary in other languages, keyed by language tag; never the default language.",
                    "title": "Translations",
                    "type": "object",
                    "x-parser-schema-id": "<anonymous-schema-548>"
                  },
                  "version": {
                    "title": "Version",
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-556>"
                  }
                },
                "required": [
                  "id",
                  "version",
                  "status",
                  "title",
                  "summary",
                  "owner_organisation_id",
                  "lead_partner_id",
                  "members",
                  "level",
                  "countries",
                  "themes"
                ],
                "title": "PartnershipSnapshot",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-487>"
              },
              "PlannedCommitment": "$ref:$.channels.partnerships.messages.partnership.amendment_proposed.v1.payload.$defs.PartnershipSnapshot.properties.planned_commitments.items"
            },
            "$id": "urn:alianza:schema:partnership.amendment_proposed:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "description": "amendment_proposed (the partnership as it stands, waiting for the secretariat),\namended (the partnership as the approved amendment made it) and amendment_rejected (as it\nstands; `reason` says why, unless the partnership is restricted).",
            "properties": {
              "actor_client_id": {
                "title": "Actor Client Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-480>"
              },
              "actor_organisation_id": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-482>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-483>"
                  }
                ],
                "default": null,
                "title": "Actor Organisation Id",
                "x-parser-schema-id": "<anonymous-schema-481>"
              },
              "amendment_id": {
                "title": "Amendment Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-484>"
              },
              "changed_fields": {
                "description": "What the amendment replaces: members, countries, planned_commitments.",
                "items": {
                  "type": "string",
                  "x-parser-schema-id": "<anonymous-schema-486>"
                },
                "title": "Changed Fields",
                "type": "array",
                "x-parser-schema-id": "<anonymous-schema-485>"
              },
              "partnership": "$ref:$.channels.partnerships.messages.partnership.amendment_proposed.v1.payload.$defs.PartnershipSnapshot",
              "previous_version": {
                "anyOf": [
                  {
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-558>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-559>"
                  }
                ],
                "default": null,
                "description": "On `partnership.amended`: the version the amendment replaced.",
                "title": "Previous Version",
                "x-parser-schema-id": "<anonymous-schema-557>"
              },
              "reason": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-561>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-562>"
                  }
                ],
                "default": null,
                "description": "Why the decision was taken, as its maker gave it (always set for rejected and returned_for_revision of a public partnership; never for a restricted one).",
                "title": "Reason",
                "x-parser-schema-id": "<anonymous-schema-560>"
              }
            },
            "required": [
              "partnership",
              "actor_client_id",
              "amendment_id",
              "changed_fields"
            ],
            "title": "AmendmentEvent",
            "type": "object"
          },
          "summary": "`partnership.amendment_proposed` on the partnerships stream, published by registry.",
          "title": "partnership.amendment_proposed (v1)",
          "x-parser-unique-object-id": "partnership.amendment_proposed.v1"
        },
        "partnership.amendment_rejected.v1": {
          "bindings": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings",
          "contentType": "application/json",
          "correlationId": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId",
          "description": "amendment_proposed (the partnership as it stands, waiting for the secretariat),\n    amended (the partnership as the approved amendment made it) and amendment_rejected (as it\n    stands; `reason` says why, unless the partnership is restricted).",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "2aca798f-933e-557a-8dc7-f6a0a76e0905",
                "ce_dataschema": "urn:alianza:schema:partnership.amendment_rejected:v1",
                "ce_id": "383bb3c2-debf-55c3-8113-c67ee68da5e4",
                "ce_source": "/alianza/registry",
                "ce_specversion": "1.0",
                "ce_subject": "pts_fair_recruitment_mx_ca",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "partnership.amendment_rejected",
                "content-type": "application/json"
              },
              "name": "partnership_amendment_rejected",
              "payload": {
                "actor_client_id": "cli_compact_secretariat",
                "actor_organisation_id": "prt_compact_secretariat",
                "amendment_id": "amd_fair_recruitment_gt",
                "changed_fields": [
                  "countries",
                  "planned_commitments"
                ],
                "partnership": {
                  "classification": "public",
                  "consultation_platform": null,
                  "countries": [
                    {
                      "code": "MX",
                      "role": "origin"
                    },
                    {
                      "code": "CA",
                      "role": "destination"
                    }
                  ],
                  "gcm_objectives": [
                    6,
                    22
                  ],
                  "id": "pts_fair_recruitment_mx_ca",
                  "language": "en",
                  "lead_partner_id": "prt_secretaria_trabajo",
                  "level": "bilateral",
                  "members": [
                    {
                      "kind": "line_ministry",
                      "partner_id": "prt_secretaria_trabajo",
                      "role": "lead"
                    },
                    {
                      "kind": "employer_or_recruiter",
                      "partner_id": "prt_employers_ca",
                      "role": "implementing"
                    },
                    {
                      "kind": "diaspora_organisation",
                      "partner_id": "prt_diaspora_ca",
                      "role": "technical"
                    }
                  ],
                  "owner_organisation_id": "prt_secretaria_trabajo",
                  "planned_commitments": [
                    {
                      "baseline": "0",
                      "description": "Workers recruited without paying any fee",
                      "due_date": "2027-12-31",
                      "holders": [
                        {
                          "partner_id": "prt_employers_ca",
                          "share": null
                        }
                      ],
                      "id": "cmt_fee_free_recruitment",
                      "indicator": "Workers recruited fee-free",
                      "reporting_frequency": "annual",
                      "responsible_partner_id": "prt_employers_ca",
                      "start_date": "2026-01-01",
                      "target": "1200",
                      "unit": "workers"
                    }
                  ],
                  "policy_areas": [
                    "employment"
                  ],
                  "replicated_from": null,
                  "review_cycle": 1,
                  "sdg_targets": [
                    "8.8",
                    "10.7"
                  ],
                  "status": "implementing",
                  "summary": "Recruitment without fees, pre-departure orientation and portable social security for workers of the seasonal agricultural programme.",
                  "themes": [
                    "human_rights",
                    "shared_responsibility"
                  ],
                  "title": "Fair recruitment of seasonal agricultural workers, Mexico-Canada",
                  "translations": {},
                  "version": 9
                },
                "previous_version": null,
                "reason": "The second cohort needs an employer named as its holder."
              },
              "summary": "Key `pts_fair_recruitment_mx_ca`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:partnership.amendment_rejected:v1",
                    "x-parser-schema-id": "<anonymous-schema-565>"
                  },
                  "ce_source": {
                    "const": "/alianza/registry",
                    "x-parser-schema-id": "<anonymous-schema-566>"
                  },
                  "ce_type": {
                    "const": "partnership.amendment_rejected",
                    "x-parser-schema-id": "<anonymous-schema-567>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-564>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-563>"
          },
          "name": "partnership.amendment_rejected",
          "payload": {
            "$defs": {
              "Classification": {
                "description": "Who may read a partnership's texts: everyone, or only its members and the secretariat.",
                "enum": [
                  "public",
                  "restricted"
                ],
                "title": "Classification",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-576>"
              },
              "CountryInvolvement": {
                "properties": {
                  "code": {
                    "title": "Code",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-582>"
                  },
                  "role": {
                    "title": "Role",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-583>"
                  }
                },
                "required": [
                  "code",
                  "role"
                ],
                "title": "CountryInvolvement",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-581>"
              },
              "Holder": {
                "description": "An organisation that holds (part of) a commitment, and the part of the target it takes.",
                "properties": {
                  "partner_id": {
                    "title": "Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-607>"
                  },
                  "share": {
                    "anyOf": [
                      {
                        "type": "number",
                        "x-parser-schema-id": "<anonymous-schema-609>"
                      },
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-610>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-611>"
                      }
                    ],
                    "default": null,
                    "description": "The part of the target this holder takes, in the indicator's unit; when given, every holder has one and they sum to the target.",
                    "title": "Share",
                    "x-parser-schema-id": "<anonymous-schema-608>"
                  }
                },
                "required": [
                  "partner_id"
                ],
                "title": "Holder",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-606>"
              },
              "Member": {
                "properties": {
                  "kind": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-593>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-594>"
                      }
                    ],
                    "default": null,
                    "title": "Kind",
                    "x-parser-schema-id": "<anonymous-schema-592>"
                  },
                  "partner_id": {
                    "title": "Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-595>"
                  },
                  "role": {
                    "title": "Role",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-596>"
                  }
                },
                "required": [
                  "partner_id",
                  "role"
                ],
                "title": "Member",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-591>"
              },
              "NarrativeTranslation": {
                "description": "A partnership's title and summary in a language other than its default; a field left out\nhas no translation (readers fall back to the default language's text).",
                "properties": {
                  "summary": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-639>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-640>"
                      }
                    ],
                    "default": null,
                    "title": "Summary",
                    "x-parser-schema-id": "<anonymous-schema-638>"
                  },
                  "title": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-642>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-643>"
                      }
                    ],
                    "default": null,
                    "title": "Title",
                    "x-parser-schema-id": "<anonymous-schema-641>"
                  }
                },
                "title": "NarrativeTranslation",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-637>"
              },
              "PartnershipSnapshot": {
                "properties": {
                  "classification": "$ref:$.channels.partnerships.messages.partnership.amendment_rejected.v1.payload.$defs.Classification",
                  "consultation_platform": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-578>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-579>"
                      }
                    ],
                    "default": null,
                    "title": "Consultation Platform",
                    "x-parser-schema-id": "<anonymous-schema-577>"
                  },
                  "countries": {
                    "items": "$ref:$.channels.partnerships.messages.partnership.amendment_rejected.v1.payload.$defs.CountryInvolvement",
                    "title": "Countries",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-580>"
                  },
                  "gcm_objectives": {
                    "default": [],
                    "items": {
                      "type": "integer",
                      "x-parser-schema-id": "<anonymous-schema-585>"
                    },
                    "title": "Gcm Objectives",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-584>"
                  },
                  "id": {
                    "title": "Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-586>"
                  },
                  "language": {
                    "default": "en",
                    "description": "BCP 47 primary language tag (en, es, fr) of `title` and `summary`, the partnership's default language; `en` in snapshots from before translations.",
                    "title": "Language",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-587>"
                  },
                  "lead_partner_id": {
                    "title": "Lead Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-588>"
                  },
                  "level": {
                    "title": "Level",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-589>"
                  },
                  "members": {
                    "items": "$ref:$.channels.partnerships.messages.partnership.amendment_rejected.v1.payload.$defs.Member",
                    "title": "Members",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-590>"
                  },
                  "owner_organisation_id": {
                    "title": "Owner Organisation Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-597>"
                  },
                  "planned_commitments": {
                    "default": [],
                    "items": {
                      "properties": {
                        "baseline": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-601>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-602>"
                            }
                          ],
                          "title": "Baseline",
                          "x-parser-schema-id": "<anonymous-schema-600>"
                        },
                        "description": {
                          "title": "Description",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-603>"
                        },
                        "due_date": {
                          "format": "date",
                          "title": "Due Date",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-604>"
                        },
                        "holders": {
                          "default": [],
                          "description": "Every holder, the responsible partner first; empty in snapshots from before joint commitments, where the responsible partner is the only holder.",
                          "items": "$ref:$.channels.partnerships.messages.partnership.amendment_rejected.v1.payload.$defs.Holder",
                          "title": "Holders",
                          "type": "array",
                          "x-parser-schema-id": "<anonymous-schema-605>"
                        },
                        "id": {
                          "title": "Id",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-612>"
                        },
                        "indicator": {
                          "title": "Indicator",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-613>"
                        },
                        "reporting_frequency": {
                          "default": "once",
                          "description": "once | quarterly | semi_annual | annual: how often progress is reported.",
                          "title": "Reporting Frequency",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-614>"
                        },
                        "responsible_partner_id": {
                          "description": "The first holder: the one answerable for the commitment as a whole (the only holder before joint commitments existed).",
                          "title": "Responsible Partner Id",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-615>"
                        },
                        "start_date": {
                          "anyOf": [
                            {
                              "format": "date",
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-617>"
                            },
                            {
                              "type": "null",
                              "x-parser-schema-id": "<anonymous-schema-618>"
                            }
                          ],
                          "default": null,
                          "title": "Start Date",
                          "x-parser-schema-id": "<anonymous-schema-616>"
                        },
                        "target": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-620>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-621>"
                            }
                          ],
                          "title": "Target",
                          "x-parser-schema-id": "<anonymous-schema-619>"
                        },
                        "unit": {
                          "title": "Unit",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-622>"
                        }
                      },
                      "required": [
                        "id",
                        "description",
                        "responsible_partner_id",
                        "indicator",
                        "unit",
                        "baseline",
                        "target",
                        "due_date"
                      ],
                      "title": "PlannedCommitment",
                      "type": "object",
                      "x-parser-schema-id": "<anonymous-schema-599>"
                    },
                    "title": "Planned Commitments",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-598>"
                  },
                  "policy_areas": {
                    "default": [],
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-624>"
                    },
                    "title": "Policy Areas",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-623>"
                  },
                  "replicated_from": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-626>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-627>"
                      }
                    ],
                    "default": null,
                    "title": "Replicated From",
                    "x-parser-schema-id": "<anonymous-schema-625>"
                  },
                  "review_cycle": {
                    "default": 0,
                    "title": "Review Cycle",
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-628>"
                  },
                  "sdg_targets": {
                    "default": [],
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-630>"
                    },
                    "title": "Sdg Targets",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-629>"
                  },
                  "status": {
                    "title": "Status",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-631>"
                  },
                  "summary": {
                    "title": "Summary",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-632>"
                  },
                  "themes": {
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-634>"
                    },
                    "title": "Themes",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-633>"
                  },
                  "title": {
                    "title": "Title",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-635>"
                  },
                  "translations": {
                    "additionalProperties": "$ref:$.channels.partnerships.messages.partnership.amendment_rejected.v1.payload.$defs.NarrativeTranslation",
                    "default": {},
                    "description": "The title and summary in other languages, keyed by language tag; never the default language.",
                    "title": "Translations",
                    "type": "object",
                    "x-parser-schema-id": "<anonymous-schema-636>"
                  },
                  "version": {
                    "title": "Version",
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-644>"
                  }
                },
                "required": [
                  "id",
                  "version",
                  "status",
                  "title",
                  "summary",
                  "owner_organisation_id",
                  "lead_partner_id",
                  "members",
                  "level",
                  "countries",
                  "themes"
                ],
                "title": "PartnershipSnapshot",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-575>"
              },
              "PlannedCommitment": "$ref:$.channels.partnerships.messages.partnership.amendment_rejected.v1.payload.$defs.PartnershipSnapshot.properties.planned_commitments.items"
            },
            "$id": "urn:alianza:schema:partnership.amendment_rejected:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "description": "amendment_proposed (the partnership as it stands, waiting for the secretariat),\namended (the partnership as the approved amendment made it) and amendment_rejected (as it\nstands; `reason` says why, unless the partnership is restricted).",
            "properties": {
              "actor_client_id": {
                "title": "Actor Client Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-568>"
              },
              "actor_organisation_id": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-570>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-571>"
                  }
                ],
                "default": null,
                "title": "Actor Organisation Id",
                "x-parser-schema-id": "<anonymous-schema-569>"
              },
              "amendment_id": {
                "title": "Amendment Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-572>"
              },
              "changed_fields": {
                "description": "What the amendment replaces: members, countries, planned_commitments.",
                "items": {
                  "type": "string",
                  "x-parser-schema-id": "<anonymous-schema-574>"
                },
                "title": "Changed Fields",
                "type": "array",
                "x-parser-schema-id": "<anonymous-schema-573>"
              },
              "partnership": "$ref:$.channels.partnerships.messages.partnership.amendment_rejected.v1.payload.$defs.PartnershipSnapshot",
              "previous_version": {
                "anyOf": [
                  {
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-646>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-647>"
                  }
                ],
                "default": null,
                "description": "On `partnership.amended`: the version the amendment replaced.",
                "title": "Previous Version",
                "x-parser-schema-id": "<anonymous-schema-645>"
              },
              "reason": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-649>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-650>"
                  }
                ],
                "default": null,
                "description": "Why the decision was taken, as its maker gave it (always set for rejected and returned_for_revision of a public partnership; never for a restricted one).",
                "title": "Reason",
                "x-parser-schema-id": "<anonymous-schema-648>"
              }
            },
            "required": [
              "partnership",
              "actor_client_id",
              "amendment_id",
              "changed_fields"
            ],
            "title": "AmendmentEvent",
            "type": "object"
          },
          "summary": "`partnership.amendment_rejected` on the partnerships stream, published by registry.",
          "title": "partnership.amendment_rejected (v1)",
          "x-parser-unique-object-id": "partnership.amendment_rejected.v1"
        },
        "partnership.implementation_started.v1": {
          "bindings": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings",
          "contentType": "application/json",
          "correlationId": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId",
          "description": "proposed, updated, withdrawn, adopted, rejected, returned_for_revision,\n    implementation_started.",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "5e884951-c8aa-593b-9d78-9bddbf17b110",
                "ce_dataschema": "urn:alianza:schema:partnership.implementation_started:v1",
                "ce_id": "b5beed7c-da09-5572-b125-1d43c6041ef5",
                "ce_source": "/alianza/registry",
                "ce_specversion": "1.0",
                "ce_subject": "pts_fair_recruitment_mx_ca",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "partnership.implementation_started",
                "content-type": "application/json"
              },
              "name": "partnership_implementation_started",
              "payload": {
                "actor_client_id": "cli_secretaria_trabajo_portal",
                "actor_organisation_id": "prt_secretaria_trabajo",
                "partnership": {
                  "classification": "public",
                  "consultation_platform": null,
                  "countries": [
                    {
                      "code": "MX",
                      "role": "origin"
                    },
                    {
                      "code": "CA",
                      "role": "destination"
                    }
                  ],
                  "gcm_objectives": [
                    6,
                    22
                  ],
                  "id": "pts_fair_recruitment_mx_ca",
                  "language": "en",
                  "lead_partner_id": "prt_secretaria_trabajo",
                  "level": "bilateral",
                  "members": [
                    {
                      "kind": "line_ministry",
                      "partner_id": "prt_secretaria_trabajo",
                      "role": "lead"
                    },
                    {
                      "kind": "employer_or_recruiter",
                      "partner_id": "prt_employers_ca",
                      "role": "implementing"
                    },
                    {
                      "kind": "diaspora_organisation",
                      "partner_id": "prt_diaspora_ca",
                      "role": "technical"
                    }
                  ],
                  "owner_organisation_id": "prt_secretaria_trabajo",
                  "planned_commitments": [
                    {
                      "baseline": "0",
                      "description": "Workers recruited without paying any fee",
                      "due_date": "2027-12-31",
                      "holders": [
                        {
                          "partner_id": "prt_employers_ca",
                          "share": null
                        }
                      ],
                      "id": "cmt_fee_free_recruitment",
                      "indicator": "Workers recruited fee-free",
                      "reporting_frequency": "annual",
                      "responsible_partner_id": "prt_employers_ca",
                      "start_date": "2026-01-01",
                      "target": "1200",
                      "unit": "workers"
                    }
                  ],
                  "policy_areas": [
                    "employment"
                  ],
                  "replicated_from": null,
                  "review_cycle": 0,
                  "sdg_targets": [
                    "8.8",
                    "10.7"
                  ],
                  "status": "implementing",
                  "summary": "Recruitment without fees, pre-departure orientation and portable social security for workers of the seasonal agricultural programme.",
                  "themes": [
                    "human_rights",
                    "shared_responsibility"
                  ],
                  "title": "Fair recruitment of seasonal agricultural workers, Mexico-Canada",
                  "translations": {},
                  "version": 6
                },
                "reason": null
              },
              "summary": "Key `pts_fair_recruitment_mx_ca`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:partnership.implementation_started:v1",
                    "x-parser-schema-id": "<anonymous-schema-653>"
                  },
                  "ce_source": {
                    "const": "/alianza/registry",
                    "x-parser-schema-id": "<anonymous-schema-654>"
                  },
                  "ce_type": {
                    "const": "partnership.implementation_started",
                    "x-parser-schema-id": "<anonymous-schema-655>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-652>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-651>"
          },
          "name": "partnership.implementation_started",
          "payload": {
            "$defs": {
              "Classification": {
                "description": "Who may read a partnership's texts: everyone, or only its members and the secretariat.",
                "enum": [
                  "public",
                  "restricted"
                ],
                "title": "Classification",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-661>"
              },
              "CountryInvolvement": {
                "properties": {
                  "code": {
                    "title": "Code",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-667>"
                  },
                  "role": {
                    "title": "Role",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-668>"
                  }
                },
                "required": [
                  "code",
                  "role"
                ],
                "title": "CountryInvolvement",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-666>"
              },
              "Holder": {
                "description": "An organisation that holds (part of) a commitment, and the part of the target it takes.",
                "properties": {
                  "partner_id": {
                    "title": "Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-692>"
                  },
                  "share": {
                    "anyOf": [
                      {
                        "type": "number",
                        "x-parser-schema-id": "<anonymous-schema-694>"
                      },
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-695>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-696>"
                      }
                    ],
                    "default": null,
                    "description": "The part of the target this holder takes, in the indicator's unit; when given, every holder has one and they sum to the target.",
                    "title": "Share",
                    "x-parser-schema-id": "<anonymous-schema-693>"
                  }
                },
                "required": [
                  "partner_id"
                ],
                "title": "Holder",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-691>"
              },
              "Member": {
                "properties": {
                  "kind": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-678>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-679>"
                      }
                    ],
                    "default": null,
                    "title": "Kind",
                    "x-parser-schema-id": "<anonymous-schema-677>"
                  },
                  "partner_id": {
                    "title": "Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-680>"
                  },
                  "role": {
                    "title": "Role",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-681>"
                  }
                },
                "required": [
                  "partner_id",
                  "role"
                ],
                "title": "Member",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-676>"
              },
              "NarrativeTranslation": {
                "description": "A partnership's title and summary in a language other than its default; a field left out\nhas no translation (readers fall back to the default language's text).",
                "properties": {
                  "summary": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-724>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-725>"
                      }
                    ],
                    "default": null,
                    "title": "Summary",
                    "x-parser-schema-id": "<anonymous-schema-723>"
                  },
                  "title": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-727>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-728>"
                      }
                    ],
                    "default": null,
                    "title": "Title",
                    "x-parser-schema-id": "<anonymous-schema-726>"
                  }
                },
                "title": "NarrativeTranslation",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-722>"
              },
              "PartnershipSnapshot": {
                "properties": {
                  "classification": "$ref:$.channels.partnerships.messages.partnership.implementation_started.v1.payload.$defs.Classification",
                  "consultation_platform": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-663>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-664>"
                      }
                    ],
                    "default": null,
                    "title": "Consultation Platform",
                    "x-parser-schema-id": "<anonymous-schema-662>"
                  },
                  "countries": {
                    "items": "$ref:$.channels.partnerships.messages.partnership.implementation_started.v1.payload.$defs.CountryInvolvement",
                    "title": "Countries",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-665>"
                  },
                  "gcm_objectives": {
                    "default": [],
                    "items": {
                      "type": "integer",
                      "x-parser-schema-id": "<anonymous-schema-670>"
                    },
                    "title": "Gcm Objectives",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-669>"
                  },
                  "id": {
                    "title": "Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-671>"
                  },
                  "language": {
                    "default": "en",
                    "description": "BCP 47 primary language tag (en, es, fr) of `title` and `summary`, the partnership's default language; `en` in snapshots from before translations.",
                    "title": "Language",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-672>"
                  },
                  "lead_partner_id": {
                    "title": "Lead Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-673>"
                  },
                  "level": {
                    "title": "Level",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-674>"
                  },
                  "members": {
                    "items": "$ref:$.channels.partnerships.messages.partnership.implementation_started.v1.payload.$defs.Member",
                    "title": "Members",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-675>"
                  },
                  "owner_organisation_id": {
                    "title": "Owner Organisation Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-682>"
                  },
                  "planned_commitments": {
                    "default": [],
                    "items": {
                      "properties": {
                        "baseline": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-686>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-687>"
                            }
                          ],
                          "title": "Baseline",
                          "x-parser-schema-id": "<anonymous-schema-685>"
                        },
                        "description": {
                          "title": "Description",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-688>"
                        },
                        "due_date": {
                          "format": "date",
                          "title": "Due Date",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-689>"
                        },
                        "holders": {
                          "default": [],
                          "description": "Every holder, the responsible partner first; empty in snapshots from before joint commitments, where the responsible partner is the only holder.",
                          "items": "$ref:$.channels.partnerships.messages.partnership.implementation_started.v1.payload.$defs.Holder",
                          "title": "Holders",
                          "type": "array",
                          "x-parser-schema-id": "<anonymous-schema-690>"
                        },
                        "id": {
                          "title": "Id",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-697>"
                        },
                        "indicator": {
                          "title": "Indicator",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-698>"
                        },
                        "reporting_frequency": {
                          "default": "once",
                          "description": "once | quarterly | semi_annual | annual: how often progress is reported.",
                          "title": "Reporting Frequency",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-699>"
                        },
                        "responsible_partner_id": {
                          "description": "The first holder: the one answerable for the commitment as a whole (the only holder before joint commitments existed).",
                          "title": "Responsible Partner Id",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-700>"
                        },
                        "start_date": {
                          "anyOf": [
                            {
                              "format": "date",
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-702>"
                            },
                            {
                              "type": "null",
                              "x-parser-schema-id": "<anonymous-schema-703>"
                            }
                          ],
                          "default": null,
                          "title": "Start Date",
                          "x-parser-schema-id": "<anonymous-schema-701>"
                        },
                        "target": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-705>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-706>"
                            }
                          ],
                          "title": "Target",
                          "x-parser-schema-id": "<anonymous-schema-704>"
                        },
                        "unit": {
                          "title": "Unit",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-707>"
                        }
                      },
                      "required": [
                        "id",
                        "description",
                        "responsible_partner_id",
                        "indicator",
                        "unit",
                        "baseline",
                        "target",
                        "due_date"
                      ],
                      "title": "PlannedCommitment",
                      "type": "object",
                      "x-parser-schema-id": "<anonymous-schema-684>"
                    },
                    "title": "Planned Commitments",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-683>"
                  },
                  "policy_areas": {
                    "default": [],
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-709>"
                    },
                    "title": "Policy Areas",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-708>"
                  },
                  "replicated_from": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-711>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-712>"
                      }
                    ],
                    "default": null,
                    "title": "Replicated From",
                    "x-parser-schema-id": "<anonymous-schema-710>"
                  },
                  "review_cycle": {
                    "default": 0,
                    "title": "Review Cycle",
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-713>"
                  },
                  "sdg_targets": {
                    "default": [],
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-715>"
                    },
                    "title": "Sdg Targets",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-714>"
                  },
                  "status": {
                    "title": "Status",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-716>"
                  },
                  "summary": {
                    "title": "Summary",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-717>"
                  },
                  "themes": {
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-719>"
                    },
                    "title": "Themes",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-718>"
                  },
                  "title": {
                    "title": "Title",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-720>"
                  },
                  "translations": {
                    "additionalProperties": "$ref:$.channels.partnerships.messages.partnership.implementation_started.v1.payload.$defs.NarrativeTranslation",
                    "default": {},
                    "description": "The title and summary in other languages, keyed by language tag; never the default language.",
                    "title": "Translations",
                    "type": "object",
                    "x-parser-schema-id": "<anonymous-schema-721>"
                  },
                  "version": {
                    "title": "Version",
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-729>"
                  }
                },
                "required": [
                  "id",
                  "version",
                  "status",
                  "title",
                  "summary",
                  "owner_organisation_id",
                  "lead_partner_id",
                  "members",
                  "level",
                  "countries",
                  "themes"
                ],
                "title": "PartnershipSnapshot",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-660>"
              },
              "PlannedCommitment": "$ref:$.channels.partnerships.messages.partnership.implementation_started.v1.payload.$defs.PartnershipSnapshot.properties.planned_commitments.items"
            },
            "$id": "urn:alianza:schema:partnership.implementation_started:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "description": "proposed, updated, withdrawn, adopted, rejected, returned_for_revision,\nimplementation_started.",
            "properties": {
              "actor_client_id": {
                "title": "Actor Client Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-656>"
              },
              "actor_organisation_id": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-658>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-659>"
                  }
                ],
                "default": null,
                "title": "Actor Organisation Id",
                "x-parser-schema-id": "<anonymous-schema-657>"
              },
              "partnership": "$ref:$.channels.partnerships.messages.partnership.implementation_started.v1.payload.$defs.PartnershipSnapshot",
              "reason": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-731>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-732>"
                  }
                ],
                "default": null,
                "description": "Why the decision was taken, as its maker gave it (always set for rejected and returned_for_revision of a public partnership; never for a restricted one).",
                "title": "Reason",
                "x-parser-schema-id": "<anonymous-schema-730>"
              }
            },
            "required": [
              "partnership",
              "actor_client_id"
            ],
            "title": "PartnershipChanged",
            "type": "object"
          },
          "summary": "`partnership.implementation_started` on the partnerships stream, published by registry.",
          "title": "partnership.implementation_started (v1)",
          "x-parser-unique-object-id": "partnership.implementation_started.v1"
        },
        "partnership.invitation_answered.v1": {
          "bindings": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings",
          "contentType": "application/json",
          "correlationId": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId",
          "description": "The invited organisation accepted or declined being named in the partnership.",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "09e60061-3905-51ad-8d71-f4c74871d201",
                "ce_dataschema": "urn:alianza:schema:partnership.invitation_answered:v1",
                "ce_id": "f6ab091a-8d40-5d6c-a824-f06298d1b0fe",
                "ce_source": "/alianza/registry",
                "ce_specversion": "1.0",
                "ce_subject": "pts_fair_recruitment_mx_ca",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "partnership.invitation_answered",
                "content-type": "application/json"
              },
              "name": "partnership_invitation_answered",
              "payload": {
                "actor_client_id": "cli_employers_ca",
                "answer": "accepted",
                "invitation_id": "inv_employers_fair_recruitment",
                "organisation_id": "prt_employers_ca",
                "owner_organisation_id": "prt_secretaria_trabajo",
                "partnership_id": "pts_fair_recruitment_mx_ca",
                "reason": "Our members recruit through the programme already; we will hold the target."
              },
              "summary": "Key `pts_fair_recruitment_mx_ca`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:partnership.invitation_answered:v1",
                    "x-parser-schema-id": "<anonymous-schema-735>"
                  },
                  "ce_source": {
                    "const": "/alianza/registry",
                    "x-parser-schema-id": "<anonymous-schema-736>"
                  },
                  "ce_type": {
                    "const": "partnership.invitation_answered",
                    "x-parser-schema-id": "<anonymous-schema-737>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-734>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-733>"
          },
          "name": "partnership.invitation_answered",
          "payload": {
            "$id": "urn:alianza:schema:partnership.invitation_answered:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "description": "The invited organisation accepted or declined being named in the partnership.",
            "properties": {
              "actor_client_id": {
                "title": "Actor Client Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-738>"
              },
              "answer": {
                "description": "accepted | declined",
                "title": "Answer",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-739>"
              },
              "invitation_id": {
                "title": "Invitation Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-740>"
              },
              "organisation_id": {
                "description": "The organisation that answered (a partner id).",
                "title": "Organisation Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-741>"
              },
              "owner_organisation_id": {
                "title": "Owner Organisation Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-742>"
              },
              "partnership_id": {
                "title": "Partnership Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-743>"
              },
              "reason": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-745>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-746>"
                  }
                ],
                "default": null,
                "description": "Why, as the organisation gave it; never for a restricted partnership (its history keeps it).",
                "title": "Reason",
                "x-parser-schema-id": "<anonymous-schema-744>"
              }
            },
            "required": [
              "invitation_id",
              "partnership_id",
              "organisation_id",
              "owner_organisation_id",
              "answer",
              "actor_client_id"
            ],
            "title": "InvitationAnswered",
            "type": "object"
          },
          "summary": "`partnership.invitation_answered` on the partnerships stream, published by registry.",
          "title": "partnership.invitation_answered (v1)",
          "x-parser-unique-object-id": "partnership.invitation_answered.v1"
        },
        "partnership.invitation_sent.v1": {
          "bindings": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings",
          "contentType": "application/json",
          "correlationId": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId",
          "description": "An organisation was named in a draft (as a member, perhaps holding commitments) and is\n    asked to consent. Only ids and codes: the draft is private, its invitee reads it over REST.",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "5f7fc764-fc82-5857-b524-a59604a6afcc",
                "ce_dataschema": "urn:alianza:schema:partnership.invitation_sent:v1",
                "ce_id": "c77301d0-c914-5dec-96dd-16a2c84e0b43",
                "ce_source": "/alianza/registry",
                "ce_specversion": "1.0",
                "ce_subject": "pts_fair_recruitment_mx_ca",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "partnership.invitation_sent",
                "content-type": "application/json"
              },
              "name": "partnership_invitation_sent",
              "payload": {
                "commitment_ids": [
                  "cmt_fee_free_recruitment"
                ],
                "invitation_id": "inv_employers_fair_recruitment",
                "organisation_id": "prt_employers_ca",
                "owner_organisation_id": "prt_secretaria_trabajo",
                "partnership_id": "pts_fair_recruitment_mx_ca",
                "role": "implementing"
              },
              "summary": "Key `pts_fair_recruitment_mx_ca`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:partnership.invitation_sent:v1",
                    "x-parser-schema-id": "<anonymous-schema-749>"
                  },
                  "ce_source": {
                    "const": "/alianza/registry",
                    "x-parser-schema-id": "<anonymous-schema-750>"
                  },
                  "ce_type": {
                    "const": "partnership.invitation_sent",
                    "x-parser-schema-id": "<anonymous-schema-751>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-748>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-747>"
          },
          "name": "partnership.invitation_sent",
          "payload": {
            "$id": "urn:alianza:schema:partnership.invitation_sent:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "description": "An organisation was named in a draft (as a member, perhaps holding commitments) and is\nasked to consent. Only ids and codes: the draft is private, its invitee reads it over REST.",
            "properties": {
              "commitment_ids": {
                "default": [],
                "description": "The planned commitments it would hold (alone or jointly).",
                "items": {
                  "type": "string",
                  "x-parser-schema-id": "<anonymous-schema-753>"
                },
                "title": "Commitment Ids",
                "type": "array",
                "x-parser-schema-id": "<anonymous-schema-752>"
              },
              "invitation_id": {
                "title": "Invitation Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-754>"
              },
              "organisation_id": {
                "description": "The invited organisation (a partner id).",
                "title": "Organisation Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-755>"
              },
              "owner_organisation_id": {
                "title": "Owner Organisation Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-756>"
              },
              "partnership_id": {
                "title": "Partnership Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-757>"
              },
              "role": {
                "description": "The member role it is named with: implementing, funding, …",
                "title": "Role",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-758>"
              }
            },
            "required": [
              "invitation_id",
              "partnership_id",
              "organisation_id",
              "owner_organisation_id",
              "role"
            ],
            "title": "InvitationSent",
            "type": "object"
          },
          "summary": "`partnership.invitation_sent` on the partnerships stream, published by registry.",
          "title": "partnership.invitation_sent (v1)",
          "x-parser-unique-object-id": "partnership.invitation_sent.v1"
        },
        "partnership.proposed.v1": {
          "bindings": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings",
          "contentType": "application/json",
          "correlationId": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId",
          "description": "proposed, updated, withdrawn, adopted, rejected, returned_for_revision,\n    implementation_started.",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "32eb11ca-d10a-5521-bd7f-5df06cacc55b",
                "ce_dataschema": "urn:alianza:schema:partnership.proposed:v1",
                "ce_id": "8ca8ec3c-324d-5107-b222-bcb4e34a77f9",
                "ce_source": "/alianza/registry",
                "ce_specversion": "1.0",
                "ce_subject": "pts_fair_recruitment_mx_ca",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "partnership.proposed",
                "content-type": "application/json"
              },
              "name": "partnership_proposed",
              "payload": {
                "actor_client_id": "cli_secretaria_trabajo_portal",
                "actor_organisation_id": "prt_secretaria_trabajo",
                "partnership": {
                  "classification": "public",
                  "consultation_platform": null,
                  "countries": [
                    {
                      "code": "MX",
                      "role": "origin"
                    },
                    {
                      "code": "CA",
                      "role": "destination"
                    }
                  ],
                  "gcm_objectives": [
                    6,
                    22
                  ],
                  "id": "pts_fair_recruitment_mx_ca",
                  "language": "en",
                  "lead_partner_id": "prt_secretaria_trabajo",
                  "level": "bilateral",
                  "members": [
                    {
                      "kind": "line_ministry",
                      "partner_id": "prt_secretaria_trabajo",
                      "role": "lead"
                    },
                    {
                      "kind": "employer_or_recruiter",
                      "partner_id": "prt_employers_ca",
                      "role": "implementing"
                    },
                    {
                      "kind": "diaspora_organisation",
                      "partner_id": "prt_diaspora_ca",
                      "role": "technical"
                    }
                  ],
                  "owner_organisation_id": "prt_secretaria_trabajo",
                  "planned_commitments": [
                    {
                      "baseline": "0",
                      "description": "Workers recruited without paying any fee",
                      "due_date": "2027-12-31",
                      "holders": [
                        {
                          "partner_id": "prt_employers_ca",
                          "share": null
                        }
                      ],
                      "id": "cmt_fee_free_recruitment",
                      "indicator": "Workers recruited fee-free",
                      "reporting_frequency": "annual",
                      "responsible_partner_id": "prt_employers_ca",
                      "start_date": "2026-01-01",
                      "target": "1200",
                      "unit": "workers"
                    }
                  ],
                  "policy_areas": [
                    "employment"
                  ],
                  "replicated_from": null,
                  "review_cycle": 0,
                  "sdg_targets": [
                    "8.8",
                    "10.7"
                  ],
                  "status": "proposed",
                  "summary": "Recruitment without fees, pre-departure orientation and portable social security for workers of the seasonal agricultural programme.",
                  "themes": [
                    "human_rights",
                    "shared_responsibility"
                  ],
                  "title": "Fair recruitment of seasonal agricultural workers, Mexico-Canada",
                  "translations": {},
                  "version": 4
                },
                "reason": null
              },
              "summary": "Key `pts_fair_recruitment_mx_ca`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:partnership.proposed:v1",
                    "x-parser-schema-id": "<anonymous-schema-761>"
                  },
                  "ce_source": {
                    "const": "/alianza/registry",
                    "x-parser-schema-id": "<anonymous-schema-762>"
                  },
                  "ce_type": {
                    "const": "partnership.proposed",
                    "x-parser-schema-id": "<anonymous-schema-763>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-760>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-759>"
          },
          "name": "partnership.proposed",
          "payload": {
            "$defs": {
              "Classification": {
                "description": "Who may read a partnership's texts: everyone, or only its members and the secretariat.",
                "enum": [
                  "public",
                  "restricted"
                ],
                "title": "Classification",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-769>"
              },
              "CountryInvolvement": {
                "properties": {
                  "code": {
                    "title": "Code",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-775>"
                  },
                  "role": {
                    "title": "Role",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-776>"
                  }
                },
                "required": [
                  "code",
                  "role"
                ],
                "title": "CountryInvolvement",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-774>"
              },
              "Holder": {
                "description": "An organisation that holds (part of) a commitment, and the part of the target it takes.",
                "properties": {
                  "partner_id": {
                    "title": "Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-800>"
                  },
                  "share": {
                    "anyOf": [
                      {
                        "type": "number",
                        "x-parser-schema-id": "<anonymous-schema-802>"
                      },
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-803>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-804>"
                      }
                    ],
                    "default": null,
                    "description": "The part of the target this holder takes, in the indicator's unit; when given, every holder has one and they sum to the target.",
                    "title": "Share",
                    "x-parser-schema-id": "<anonymous-schema-801>"
                  }
                },
                "required": [
                  "partner_id"
                ],
                "title": "Holder",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-799>"
              },
              "Member": {
                "properties": {
                  "kind": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-786>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-787>"
                      }
                    ],
                    "default": null,
                    "title": "Kind",
                    "x-parser-schema-id": "<anonymous-schema-785>"
                  },
                  "partner_id": {
                    "title": "Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-788>"
                  },
                  "role": {
                    "title": "Role",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-789>"
                  }
                },
                "required": [
                  "partner_id",
                  "role"
                ],
                "title": "Member",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-784>"
              },
              "NarrativeTranslation": {
                "description": "A partnership's title and summary in a language other than its default; a field left out\nhas no translation (readers fall back to the default language's text).",
                "properties": {
                  "summary": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-832>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-833>"
                      }
                    ],
                    "default": null,
                    "title": "Summary",
                    "x-parser-schema-id": "<anonymous-schema-831>"
                  },
                  "title": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-835>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-836>"
                      }
                    ],
                    "default": null,
                    "title": "Title",
                    "x-parser-schema-id": "<anonymous-schema-834>"
                  }
                },
                "title": "NarrativeTranslation",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-830>"
              },
              "PartnershipSnapshot": {
                "properties": {
                  "classification": "$ref:$.channels.partnerships.messages.partnership.proposed.v1.payload.$defs.Classification",
                  "consultation_platform": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-771>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-772>"
                      }
                    ],
                    "default": null,
                    "title": "Consultation Platform",
                    "x-parser-schema-id": "<anonymous-schema-770>"
                  },
                  "countries": {
                    "items": "$ref:$.channels.partnerships.messages.partnership.proposed.v1.payload.$defs.CountryInvolvement",
                    "title": "Countries",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-773>"
                  },
                  "gcm_objectives": {
                    "default": [],
                    "items": {
                      "type": "integer",
                      "x-parser-schema-id": "<anonymous-schema-778>"
                    },
                    "title": "Gcm Objectives",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-777>"
                  },
                  "id": {
                    "title": "Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-779>"
                  },
                  "language": {
                    "default": "en",
                    "description": "BCP 47 primary language tag (en, es, fr) of `title` and `summary`, the partnership's default language; `en` in snapshots from before translations.",
                    "title": "Language",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-780>"
                  },
                  "lead_partner_id": {
                    "title": "Lead Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-781>"
                  },
                  "level": {
                    "title": "Level",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-782>"
                  },
                  "members": {
                    "items": "$ref:$.channels.partnerships.messages.partnership.proposed.v1.payload.$defs.Member",
                    "title": "Members",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-783>"
                  },
                  "owner_organisation_id": {
                    "title": "Owner Organisation Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-790>"
                  },
                  "planned_commitments": {
                    "default": [],
                    "items": {
                      "properties": {
                        "baseline": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-794>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-795>"
                            }
                          ],
                          "title": "Baseline",
                          "x-parser-schema-id": "<anonymous-schema-793>"
                        },
                        "description": {
                          "title": "Description",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-796>"
                        },
                        "due_date": {
                          "format": "date",
                          "title": "Due Date",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-797>"
                        },
                        "holders": {
                          "default": [],
                          "description": "Every holder, the responsible partner first; empty in snapshots from before joint commitments, where the responsible partner is the only holder.",
                          "items": "$ref:$.channels.partnerships.messages.partnership.proposed.v1.payload.$defs.Holder",
                          "title": "Holders",
                          "type": "array",
                          "x-parser-schema-id": "<anonymous-schema-798>"
                        },
                        "id": {
                          "title": "Id",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-805>"
                        },
                        "indicator": {
                          "title": "Indicator",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-806>"
                        },
                        "reporting_frequency": {
                          "default": "once",
                          "description": "once | quarterly | semi_annual | annual: how often progress is reported.",
                          "title": "Reporting Frequency",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-807>"
                        },
                        "responsible_partner_id": {
                          "description": "The first holder: the one answerable for the commitment as a whole (the only holder before joint commitments existed).",
                          "title": "Responsible Partner Id",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-808>"
                        },
                        "start_date": {
                          "anyOf": [
                            {
                              "format": "date",
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-810>"
                            },
                            {
                              "type": "null",
                              "x-parser-schema-id": "<anonymous-schema-811>"
                            }
                          ],
                          "default": null,
                          "title": "Start Date",
                          "x-parser-schema-id": "<anonymous-schema-809>"
                        },
                        "target": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-813>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-814>"
                            }
                          ],
                          "title": "Target",
                          "x-parser-schema-id": "<anonymous-schema-812>"
                        },
                        "unit": {
                          "title": "Unit",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-815>"
                        }
                      },
                      "required": [
                        "id",
                        "description",
                        "responsible_partner_id",
                        "indicator",
                        "unit",
                        "baseline",
                        "target",
                        "due_date"
                      ],
                      "title": "PlannedCommitment",
                      "type": "object",
                      "x-parser-schema-id": "<anonymous-schema-792>"
                    },
                    "title": "Planned Commitments",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-791>"
                  },
                  "policy_areas": {
                    "default": [],
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-817>"
                    },
                    "title": "Policy Areas",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-816>"
                  },
                  "replicated_from": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-819>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-820>"
                      }
                    ],
                    "default": null,
                    "title": "Replicated From",
                    "x-parser-schema-id": "<anonymous-schema-818>"
                  },
                  "review_cycle": {
                    "default": 0,
                    "title": "Review Cycle",
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-821>"
                  },
                  "sdg_targets": {
                    "default": [],
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-823>"
                    },
                    "title": "Sdg Targets",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-822>"
                  },
                  "status": {
                    "title": "Status",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-824>"
                  },
                  "summary": {
                    "title": "Summary",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-825>"
                  },
                  "themes": {
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-827>"
                    },
                    "title": "Themes",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-826>"
                  },
                  "title": {
                    "title": "Title",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-828>"
                  },
                  "translations": {
                    "additionalProperties": "$ref:$.channels.partnerships.messages.partnership.proposed.v1.payload.$defs.NarrativeTranslation",
                    "default": {},
                    "description": "The title and summary in other languages, keyed by language tag; never the default language.",
                    "title": "Translations",
                    "type": "object",
                    "x-parser-schema-id": "<anonymous-schema-829>"
                  },
                  "version": {
                    "title": "Version",
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-837>"
                  }
                },
                "required": [
                  "id",
                  "version",
                  "status",
                  "title",
                  "summary",
                  "owner_organisation_id",
                  "lead_partner_id",
                  "members",
                  "level",
                  "countries",
                  "themes"
                ],
                "title": "PartnershipSnapshot",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-768>"
              },
              "PlannedCommitment": "$ref:$.channels.partnerships.messages.partnership.proposed.v1.payload.$defs.PartnershipSnapshot.properties.planned_commitments.items"
            },
            "$id": "urn:alianza:schema:partnership.proposed:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "description": "proposed, updated, withdrawn, adopted, rejected, returned_for_revision,\nimplementation_started.",
            "properties": {
              "actor_client_id": {
                "title": "Actor Client Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-764>"
              },
              "actor_organisation_id": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-766>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-767>"
                  }
                ],
                "default": null,
                "title": "Actor Organisation Id",
                "x-parser-schema-id": "<anonymous-schema-765>"
              },
              "partnership": "$ref:$.channels.partnerships.messages.partnership.proposed.v1.payload.$defs.PartnershipSnapshot",
              "reason": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-839>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-840>"
                  }
                ],
                "default": null,
                "description": "Why the decision was taken, as its maker gave it (always set for rejected and returned_for_revision of a public partnership; never for a restricted one).",
                "title": "Reason",
                "x-parser-schema-id": "<anonymous-schema-838>"
              }
            },
            "required": [
              "partnership",
              "actor_client_id"
            ],
            "title": "PartnershipChanged",
            "type": "object"
          },
          "summary": "`partnership.proposed` on the partnerships stream, published by registry.",
          "title": "partnership.proposed (v1)",
          "x-parser-unique-object-id": "partnership.proposed.v1"
        },
        "partnership.rejected.v1": {
          "bindings": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings",
          "contentType": "application/json",
          "correlationId": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId",
          "description": "proposed, updated, withdrawn, adopted, rejected, returned_for_revision,\n    implementation_started.",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "b601eaef-f7b9-5bbc-b7b6-cacd7fc9a7d7",
                "ce_dataschema": "urn:alianza:schema:partnership.rejected:v1",
                "ce_id": "c43347a9-7410-5e75-9019-0314aae07e0c",
                "ce_source": "/alianza/registry",
                "ce_specversion": "1.0",
                "ce_subject": "pts_fair_recruitment_mx_ca",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "partnership.rejected",
                "content-type": "application/json"
              },
              "name": "partnership_rejected",
              "payload": {
                "actor_client_id": "cli_compact_secretariat",
                "actor_organisation_id": "prt_compact_secretariat",
                "partnership": {
                  "classification": "public",
                  "consultation_platform": null,
                  "countries": [
                    {
                      "code": "MX",
                      "role": "origin"
                    },
                    {
                      "code": "CA",
                      "role": "destination"
                    }
                  ],
                  "gcm_objectives": [
                    6,
                    22
                  ],
                  "id": "pts_fair_recruitment_mx_ca",
                  "language": "en",
                  "lead_partner_id": "prt_secretaria_trabajo",
                  "level": "bilateral",
                  "members": [
                    {
                      "kind": "line_ministry",
                      "partner_id": "prt_secretaria_trabajo",
                      "role": "lead"
                    },
                    {
                      "kind": "employer_or_recruiter",
                      "partner_id": "prt_employers_ca",
                      "role": "implementing"
                    },
                    {
                      "kind": "diaspora_organisation",
                      "partner_id": "prt_diaspora_ca",
                      "role": "technical"
                    }
                  ],
                  "owner_organisation_id": "prt_secretaria_trabajo",
                  "planned_commitments": [
                    {
                      "baseline": "0",
                      "description": "Workers recruited without paying any fee",
                      "due_date": "2027-12-31",
                      "holders": [
                        {
                          "partner_id": "prt_employers_ca",
                          "share": null
                        }
                      ],
                      "id": "cmt_fee_free_recruitment",
                      "indicator": "Workers recruited fee-free",
                      "reporting_frequency": "annual",
                      "responsible_partner_id": "prt_employers_ca",
                      "start_date": "2026-01-01",
                      "target": "1200",
                      "unit": "workers"
                    }
                  ],
                  "policy_areas": [
                    "employment"
                  ],
                  "replicated_from": null,
                  "review_cycle": 0,
                  "sdg_targets": [
                    "8.8",
                    "10.7"
                  ],
                  "status": "rejected",
                  "summary": "Recruitment without fees, pre-departure orientation and portable social security for workers of the seasonal agricultural programme.",
                  "themes": [
                    "human_rights",
                    "shared_responsibility"
                  ],
                  "title": "Fair recruitment of seasonal agricultural workers, Mexico-Canada",
                  "translations": {},
                  "version": 5
                },
                "reason": "The partnership duplicates the corridor programme adopted in 2026."
              },
              "summary": "Key `pts_fair_recruitment_mx_ca`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:partnership.rejected:v1",
                    "x-parser-schema-id": "<anonymous-schema-843>"
                  },
                  "ce_source": {
                    "const": "/alianza/registry",
                    "x-parser-schema-id": "<anonymous-schema-844>"
                  },
                  "ce_type": {
                    "const": "partnership.rejected",
                    "x-parser-schema-id": "<anonymous-schema-845>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-842>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-841>"
          },
          "name": "partnership.rejected",
          "payload": {
            "$defs": {
              "Classification": {
                "description": "Who may read a partnership's texts: everyone, or only its members and the secretariat.",
                "enum": [
                  "public",
                  "restricted"
                ],
                "title": "Classification",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-851>"
              },
              "CountryInvolvement": {
                "properties": {
                  "code": {
                    "title": "Code",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-857>"
                  },
                  "role": {
                    "title": "Role",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-858>"
                  }
                },
                "required": [
                  "code",
                  "role"
                ],
                "title": "CountryInvolvement",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-856>"
              },
              "Holder": {
                "description": "An organisation that holds (part of) a commitment, and the part of the target it takes.",
                "properties": {
                  "partner_id": {
                    "title": "Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-882>"
                  },
                  "share": {
                    "anyOf": [
                      {
                        "type": "number",
                        "x-parser-schema-id": "<anonymous-schema-884>"
                      },
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-885>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-886>"
                      }
                    ],
                    "default": null,
                    "description": "The part of the target this holder takes, in the indicator's unit; when given, every holder has one and they sum to the target.",
                    "title": "Share",
                    "x-parser-schema-id": "<anonymous-schema-883>"
                  }
                },
                "required": [
                  "partner_id"
                ],
                "title": "Holder",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-881>"
              },
              "Member": {
                "properties": {
                  "kind": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-868>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-869>"
                      }
                    ],
                    "default": null,
                    "title": "Kind",
                    "x-parser-schema-id": "<anonymous-schema-867>"
                  },
                  "partner_id": {
                    "title": "Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-870>"
                  },
                  "role": {
                    "title": "Role",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-871>"
                  }
                },
                "required": [
                  "partner_id",
                  "role"
                ],
                "title": "Member",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-866>"
              },
              "NarrativeTranslation": {
                "description": "A partnership's title and summary in a language other than its default; a field left out\nhas no translation (readers fall back to the default language's text).",
                "properties": {
                  "summary": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-914>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-915>"
                      }
                    ],
                    "default": null,
                    "title": "Summary",
                    "x-parser-schema-id": "<anonymous-schema-913>"
                  },
                  "title": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-917>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-918>"
                      }
                    ],
                    "default": null,
                    "title": "Title",
                    "x-parser-schema-id": "<anonymous-schema-916>"
                  }
                },
                "title": "NarrativeTranslation",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-912>"
              },
              "PartnershipSnapshot": {
                "properties": {
                  "classification": "$ref:$.channels.partnerships.messages.partnership.rejected.v1.payload.$defs.Classification",
                  "consultation_platform": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-853>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-854>"
                      }
                    ],
                    "default": null,
                    "title": "Consultation Platform",
                    "x-parser-schema-id": "<anonymous-schema-852>"
                  },
                  "countries": {
                    "items": "$ref:$.channels.partnerships.messages.partnership.rejected.v1.payload.$defs.CountryInvolvement",
                    "title": "Countries",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-855>"
                  },
                  "gcm_objectives": {
                    "default": [],
                    "items": {
                      "type": "integer",
                      "x-parser-schema-id": "<anonymous-schema-860>"
                    },
                    "title": "Gcm Objectives",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-859>"
                  },
                  "id": {
                    "title": "Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-861>"
                  },
                  "language": {
                    "default": "en",
                    "description": "BCP 47 primary language tag (en, es, fr) of `title` and `summary`, the partnership's default language; `en` in snapshots from before translations.",
                    "title": "Language",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-862>"
                  },
                  "lead_partner_id": {
                    "title": "Lead Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-863>"
                  },
                  "level": {
                    "title": "Level",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-864>"
                  },
                  "members": {
                    "items": "$ref:$.channels.partnerships.messages.partnership.rejected.v1.payload.$defs.Member",
                    "title": "Members",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-865>"
                  },
                  "owner_organisation_id": {
                    "title": "Owner Organisation Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-872>"
                  },
                  "planned_commitments": {
                    "default": [],
                    "items": {
                      "properties": {
                        "baseline": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-876>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-877>"
                            }
                          ],
                          "title": "Baseline",
                          "x-parser-schema-id": "<anonymous-schema-875>"
                        },
                        "description": {
                          "title": "Description",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-878>"
                        },
                        "due_date": {
                          "format": "date",
                          "title": "Due Date",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-879>"
                        },
                        "holders": {
                          "default": [],
                          "description": "Every holder, the responsible partner first; empty in snapshots from before joint commitments, where the responsible partner is the only holder.",
                          "items": "$ref:$.channels.partnerships.messages.partnership.rejected.v1.payload.$defs.Holder",
                          "title": "Holders",
                          "type": "array",
                          "x-parser-schema-id": "<anonymous-schema-880>"
                        },
                        "id": {
                          "title": "Id",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-887>"
                        },
                        "indicator": {
                          "title": "Indicator",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-888>"
                        },
                        "reporting_frequency": {
                          "default": "once",
                          "description": "once | quarterly | semi_annual | annual: how often progress is reported.",
                          "title": "Reporting Frequency",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-889>"
                        },
                        "responsible_partner_id": {
                          "description": "The first holder: the one answerable for the commitment as a whole (the only holder before joint commitments existed).",
                          "title": "Responsible Partner Id",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-890>"
                        },
                        "start_date": {
                          "anyOf": [
                            {
                              "format": "date",
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-892>"
                            },
                            {
                              "type": "null",
                              "x-parser-schema-id": "<anonymous-schema-893>"
                            }
                          ],
                          "default": null,
                          "title": "Start Date",
                          "x-parser-schema-id": "<anonymous-schema-891>"
                        },
                        "target": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-895>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-896>"
                            }
                          ],
                          "title": "Target",
                          "x-parser-schema-id": "<anonymous-schema-894>"
                        },
                        "unit": {
                          "title": "Unit",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-897>"
                        }
                      },
                      "required": [
                        "id",
                        "description",
                        "responsible_partner_id",
                        "indicator",
                        "unit",
                        "baseline",
                        "target",
                        "due_date"
                      ],
                      "title": "PlannedCommitment",
                      "type": "object",
                      "x-parser-schema-id": "<anonymous-schema-874>"
                    },
                    "title": "Planned Commitments",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-873>"
                  },
                  "policy_areas": {
                    "default": [],
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-899>"
                    },
                    "title": "Policy Areas",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-898>"
                  },
                  "replicated_from": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-901>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-902>"
                      }
                    ],
                    "default": null,
                    "title": "Replicated From",
                    "x-parser-schema-id": "<anonymous-schema-900>"
                  },
                  "review_cycle": {
                    "default": 0,
                    "title": "Review Cycle",
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-903>"
                  },
                  "sdg_targets": {
                    "default": [],
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-905>"
                    },
                    "title": "Sdg Targets",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-904>"
                  },
                  "status": {
                    "title": "Status",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-906>"
                  },
                  "summary": {
                    "title": "Summary",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-907>"
                  },
                  "themes": {
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-909>"
                    },
                    "title": "Themes",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-908>"
                  },
                  "title": {
                    "title": "Title",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-910>"
                  },
                  "translations": {
                    "additionalProperties": "$ref:$.channels.partnerships.messages.partnership.rejected.v1.payload.$defs.NarrativeTranslation",
                    "default": {},
                    "description": "The title and summary in other languages, keyed by language tag; never the default language.",
                    "title": "Translations",
                    "type": "object",
                    "x-parser-schema-id": "<anonymous-schema-911>"
                  },
                  "version": {
                    "title": "Version",
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-919>"
                  }
                },
                "required": [
                  "id",
                  "version",
                  "status",
                  "title",
                  "summary",
                  "owner_organisation_id",
                  "lead_partner_id",
                  "members",
                  "level",
                  "countries",
                  "themes"
                ],
                "title": "PartnershipSnapshot",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-850>"
              },
              "PlannedCommitment": "$ref:$.channels.partnerships.messages.partnership.rejected.v1.payload.$defs.PartnershipSnapshot.properties.planned_commitments.items"
            },
            "$id": "urn:alianza:schema:partnership.rejected:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "description": "proposed, updated, withdrawn, adopted, rejected, returned_for_revision,\nimplementation_started.",
            "properties": {
              "actor_client_id": {
                "title": "Actor Client Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-846>"
              },
              "actor_organisation_id": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-848>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-849>"
                  }
                ],
                "default": null,
                "title": "Actor Organisation Id",
                "x-parser-schema-id": "<anonymous-schema-847>"
              },
              "partnership": "$ref:$.channels.partnerships.messages.partnership.rejected.v1.payload.$defs.PartnershipSnapshot",
              "reason": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-921>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-922>"
                  }
                ],
                "default": null,
                "description": "Why the decision was taken, as its maker gave it (always set for rejected and returned_for_revision of a public partnership; never for a restricted one).",
                "title": "Reason",
                "x-parser-schema-id": "<anonymous-schema-920>"
              }
            },
            "required": [
              "partnership",
              "actor_client_id"
            ],
            "title": "PartnershipChanged",
            "type": "object"
          },
          "summary": "`partnership.rejected` on the partnerships stream, published by registry.",
          "title": "partnership.rejected (v1)",
          "x-parser-unique-object-id": "partnership.rejected.v1"
        },
        "partnership.replicated.v1": {
          "bindings": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings",
          "contentType": "application/json",
          "correlationId": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "fe03f60c-f3d4-5c7b-b620-9afd0e99b409",
                "ce_dataschema": "urn:alianza:schema:partnership.replicated:v1",
                "ce_id": "51a99470-9a75-57e9-94e1-173508fd5f43",
                "ce_source": "/alianza/registry",
                "ce_specversion": "1.0",
                "ce_subject": "pts_fair_recruitment_gt_ca",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "partnership.replicated",
                "content-type": "application/json"
              },
              "name": "partnership_replicated",
              "payload": {
                "actor_client_id": "cli_secretaria_trabajo_portal",
                "actor_organisation_id": "prt_secretaria_trabajo",
                "partnership": {
                  "classification": "public",
                  "consultation_platform": null,
                  "countries": [
                    {
                      "code": "GT",
                      "role": "origin"
                    },
                    {
                      "code": "CA",
                      "role": "destination"
                    }
                  ],
                  "gcm_objectives": [
                    6,
                    22
                  ],
                  "id": "pts_fair_recruitment_gt_ca",
                  "language": "en",
                  "lead_partner_id": "prt_secretaria_trabajo",
                  "level": "bilateral",
                  "members": [
                    {
                      "kind": "line_ministry",
                      "partner_id": "prt_secretaria_trabajo",
                      "role": "lead"
                    },
                    {
                      "kind": "employer_or_recruiter",
                      "partner_id": "prt_employers_ca",
                      "role": "implementing"
                    },
                    {
                      "kind": "diaspora_organisation",
                      "partner_id": "prt_diaspora_ca",
                      "role": "technical"
                    }
                  ],
                  "owner_organisation_id": "prt_secretaria_trabajo",
                  "planned_commitments": [
                    {
                      "baseline": "0",
                      "description": "Workers recruited without paying any fee",
                      "due_date": "2027-12-31",
                      "holders": [
                        {
                          "partner_id": "prt_employers_ca",
                          "share": null
                        }
                      ],
                      "id": "cmt_fee_free_recruitment",
                      "indicator": "Workers recruited fee-free",
                      "reporting_frequency": "annual",
                      "responsible_partner_id": "prt_employers_ca",
                      "start_date": "2026-01-01",
                      "target": "1200",
                      "unit": "workers"
                    }
                  ],
                  "policy_areas": [
                    "employment"
                  ],
                  "replicated_from": "pts_fair_recruitment_mx_ca",
                  "review_cycle": 0,
                  "sdg_targets": [
                    "8.8",
                    "10.7"
                  ],
                  "status": "draft",
                  "summary": "Recruitment without fees, pre-departure orientation and portable social security for workers of the seasonal agricultural programme.",
                  "themes": [
                    "human_rights",
                    "shared_responsibility"
                  ],
                  "title": "Fair recruitment of seasonal agricultural workers, Mexico-Canada",
                  "translations": {},
                  "version": 1
                },
                "reason": null,
                "replicated_from": "pts_fair_recruitment_mx_ca"
              },
              "summary": "Key `pts_fair_recruitment_gt_ca`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:partnership.replicated:v1",
                    "x-parser-schema-id": "<anonymous-schema-925>"
                  },
                  "ce_source": {
                    "const": "/alianza/registry",
                    "x-parser-schema-id": "<anonymous-schema-926>"
                  },
                  "ce_type": {
                    "const": "partnership.replicated",
                    "x-parser-schema-id": "<anonymous-schema-927>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-924>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-923>"
          },
          "name": "partnership.replicated",
          "payload": {
            "$defs": {
              "Classification": {
                "description": "Who may read a partnership's texts: everyone, or only its members and the secretariat.",
                "enum": [
                  "public",
                  "restricted"
                ],
                "title": "Classification",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-933>"
              },
              "CountryInvolvement": {
                "properties": {
                  "code": {
                    "title": "Code",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-939>"
                  },
                  "role": {
                    "title": "Role",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-940>"
                  }
                },
                "required": [
                  "code",
                  "role"
                ],
                "title": "CountryInvolvement",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-938>"
              },
              "Holder": {
                "description": "An organisation that holds (part of) a commitment, and the part of the target it takes.",
                "properties": {
                  "partner_id": {
                    "title": "Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-964>"
                  },
                  "share": {
                    "anyOf": [
                      {
                        "type": "number",
                        "x-parser-schema-id": "<anonymous-schema-966>"
                      },
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-967>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-968>"
                      }
                    ],
                    "default": null,
                    "description": "The part of the target this holder takes, in the indicator's unit; when given, every holder has one and they sum to the target.",
                    "title": "Share",
                    "x-parser-schema-id": "<anonymous-schema-965>"
                  }
                },
                "required": [
                  "partner_id"
                ],
                "title": "Holder",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-963>"
              },
              "Member": {
                "properties": {
                  "kind": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-950>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-951>"
                      }
                    ],
                    "default": null,
                    "title": "Kind",
                    "x-parser-schema-id": "<anonymous-schema-949>"
                  },
                  "partner_id": {
                    "title": "Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-952>"
                  },
                  "role": {
                    "title": "Role",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-953>"
                  }
                },
                "required": [
                  "partner_id",
                  "role"
                ],
                "title": "Member",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-948>"
              },
              "NarrativeTranslation": {
                "description": "A partnership's title and summary in a language other than its default; a field left out\nhas no translation (readers fall back to the default language's text).",
                "properties": {
                  "summary": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-996>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-997>"
                      }
                    ],
                    "default": null,
                    "title": "Summary",
                    "x-parser-schema-id": "<anonymous-schema-995>"
                  },
                  "title": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-999>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1000>"
                      }
                    ],
                    "default": null,
                    "title": "Title",
                    "x-parser-schema-id": "<anonymous-schema-998>"
                  }
                },
                "title": "NarrativeTranslation",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-994>"
              },
              "PartnershipSnapshot": {
                "properties": {
                  "classification": "$ref:$.channels.partnerships.messages.partnership.replicated.v1.payload.$defs.Classification",
                  "consultation_platform": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-935>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-936>"
                      }
                    ],
                    "default": null,
                    "title": "Consultation Platform",
                    "x-parser-schema-id": "<anonymous-schema-934>"
                  },
                  "countries": {
                    "items": "$ref:$.channels.partnerships.messages.partnership.replicated.v1.payload.$defs.CountryInvolvement",
                    "title": "Countries",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-937>"
                  },
                  "gcm_objectives": {
                    "default": [],
                    "items": {
                      "type": "integer",
                      "x-parser-schema-id": "<anonymous-schema-942>"
                    },
                    "title": "Gcm Objectives",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-941>"
                  },
                  "id": {
                    "title": "Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-943>"
                  },
                  "language": {
                    "default": "en",
                    "description": "BCP 47 primary language tag (en, es, fr) of `title` and `summary`, the partnership's default language; `en` in snapshots from before translations.",
                    "title": "Language",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-944>"
                  },
                  "lead_partner_id": {
                    "title": "Lead Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-945>"
                  },
                  "level": {
                    "title": "Level",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-946>"
                  },
                  "members": {
                    "items": "$ref:$.channels.partnerships.messages.partnership.replicated.v1.payload.$defs.Member",
                    "title": "Members",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-947>"
                  },
                  "owner_organisation_id": {
                    "title": "Owner Organisation Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-954>"
                  },
                  "planned_commitments": {
                    "default": [],
                    "items": {
                      "properties": {
                        "baseline": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-958>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-959>"
                            }
                          ],
                          "title": "Baseline",
                          "x-parser-schema-id": "<anonymous-schema-957>"
                        },
                        "description": {
                          "title": "Description",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-960>"
                        },
                        "due_date": {
                          "format": "date",
                          "title": "Due Date",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-961>"
                        },
                        "holders": {
                          "default": [],
                          "description": "Every holder, the responsible partner first; empty in snapshots from before joint commitments, where the responsible partner is the only holder.",
                          "items": "$ref:$.channels.partnerships.messages.partnership.replicated.v1.payload.$defs.Holder",
                          "title": "Holders",
                          "type": "array",
                          "x-parser-schema-id": "<anonymous-schema-962>"
                        },
                        "id": {
                          "title": "Id",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-969>"
                        },
                        "indicator": {
                          "title": "Indicator",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-970>"
                        },
                        "reporting_frequency": {
                          "default": "once",
                          "description": "once | quarterly | semi_annual | annual: how often progress is reported.",
                          "title": "Reporting Frequency",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-971>"
                        },
                        "responsible_partner_id": {
                          "description": "The first holder: the one answerable for the commitment as a whole (the only holder before joint commitments existed).",
                          "title": "Responsible Partner Id",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-972>"
                        },
                        "start_date": {
                          "anyOf": [
                            {
                              "format": "date",
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-974>"
                            },
                            {
                              "type": "null",
                              "x-parser-schema-id": "<anonymous-schema-975>"
                            }
                          ],
                          "default": null,
                          "title": "Start Date",
                          "x-parser-schema-id": "<anonymous-schema-973>"
                        },
                        "target": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-977>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-978>"
                            }
                          ],
                          "title": "Target",
                          "x-parser-schema-id": "<anonymous-schema-976>"
                        },
                        "unit": {
                          "title": "Unit",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-979>"
                        }
                      },
                      "required": [
                        "id",
                        "description",
                        "responsible_partner_id",
                        "indicator",
                        "unit",
                        "baseline",
                        "target",
                        "due_date"
                      ],
                      "title": "PlannedCommitment",
                      "type": "object",
                      "x-parser-schema-id": "<anonymous-schema-956>"
                    },
                    "title": "Planned Commitments",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-955>"
                  },
                  "policy_areas": {
                    "default": [],
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-981>"
                    },
                    "title": "Policy Areas",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-980>"
                  },
                  "replicated_from": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-983>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-984>"
                      }
                    ],
                    "default": null,
                    "title": "Replicated From",
                    "x-parser-schema-id": "<anonymous-schema-982>"
                  },
                  "review_cycle": {
                    "default": 0,
                    "title": "Review Cycle",
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-985>"
                  },
                  "sdg_targets": {
                    "default": [],
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-987>"
                    },
                    "title": "Sdg Targets",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-986>"
                  },
                  "status": {
                    "title": "Status",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-988>"
                  },
                  "summary": {
                    "title": "Summary",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-989>"
                  },
                  "themes": {
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-991>"
                    },
                    "title": "Themes",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-990>"
                  },
                  "title": {
                    "title": "Title",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-992>"
                  },
                  "translations": {
                    "additionalProperties": "$ref:$.channels.partnerships.messages.partnership.replicated.v1.payload.$defs.NarrativeTranslation",
                    "default": {},
                    "description": "The title and summary in other languages, keyed by language tag; never the default language.",
                    "title": "Translations",
                    "type": "object",
                    "x-parser-schema-id": "<anonymous-schema-993>"
                  },
                  "version": {
                    "title": "Version",
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-1001>"
                  }
                },
                "required": [
                  "id",
                  "version",
                  "status",
                  "title",
                  "summary",
                  "owner_organisation_id",
                  "lead_partner_id",
                  "members",
                  "level",
                  "countries",
                  "themes"
                ],
                "title": "PartnershipSnapshot",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-932>"
              },
              "PlannedCommitment": "$ref:$.channels.partnerships.messages.partnership.replicated.v1.payload.$defs.PartnershipSnapshot.properties.planned_commitments.items"
            },
            "$id": "urn:alianza:schema:partnership.replicated:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "properties": {
              "actor_client_id": {
                "title": "Actor Client Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-928>"
              },
              "actor_organisation_id": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-930>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-931>"
                  }
                ],
                "default": null,
                "title": "Actor Organisation Id",
                "x-parser-schema-id": "<anonymous-schema-929>"
              },
              "partnership": "$ref:$.channels.partnerships.messages.partnership.replicated.v1.payload.$defs.PartnershipSnapshot",
              "reason": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1003>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-1004>"
                  }
                ],
                "default": null,
                "description": "Why the decision was taken, as its maker gave it (always set for rejected and returned_for_revision of a public partnership; never for a restricted one).",
                "title": "Reason",
                "x-parser-schema-id": "<anonymous-schema-1002>"
              },
              "replicated_from": {
                "title": "Replicated From",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-1005>"
              }
            },
            "required": [
              "partnership",
              "actor_client_id",
              "replicated_from"
            ],
            "title": "PartnershipReplicated",
            "type": "object"
          },
          "summary": "`partnership.replicated` on the partnerships stream, published by registry.",
          "title": "partnership.replicated (v1)",
          "x-parser-unique-object-id": "partnership.replicated.v1"
        },
        "partnership.returned_for_revision.v1": {
          "bindings": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings",
          "contentType": "application/json",
          "correlationId": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId",
          "description": "proposed, updated, withdrawn, adopted, rejected, returned_for_revision,\n    implementation_started.",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "77a2fd56-d47d-54cf-827a-c4524e8cf984",
                "ce_dataschema": "urn:alianza:schema:partnership.returned_for_revision:v1",
                "ce_id": "dfdccec6-0551-567a-9099-c88418c2dfaa",
                "ce_source": "/alianza/registry",
                "ce_specversion": "1.0",
                "ce_subject": "pts_fair_recruitment_mx_ca",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "partnership.returned_for_revision",
                "content-type": "application/json"
              },
              "name": "partnership_returned_for_revision",
              "payload": {
                "actor_client_id": "cli_compact_secretariat",
                "actor_organisation_id": "prt_compact_secretariat",
                "partnership": {
                  "classification": "public",
                  "consultation_platform": null,
                  "countries": [
                    {
                      "code": "MX",
                      "role": "origin"
                    },
                    {
                      "code": "CA",
                      "role": "destination"
                    }
                  ],
                  "gcm_objectives": [
                    6,
                    22
                  ],
                  "id": "pts_fair_recruitment_mx_ca",
                  "language": "en",
                  "lead_partner_id": "prt_secretaria_trabajo",
                  "level": "bilateral",
                  "members": [
                    {
                      "kind": "line_ministry",
                      "partner_id": "prt_secretaria_trabajo",
                      "role": "lead"
                    },
                    {
                      "kind": "employer_or_recruiter",
                      "partner_id": "prt_employers_ca",
                      "role": "implementing"
                    },
                    {
                      "kind": "diaspora_organisation",
                      "partner_id": "prt_diaspora_ca",
                      "role": "technical"
                    }
                  ],
                  "owner_organisation_id": "prt_secretaria_trabajo",
                  "planned_commitments": [
                    {
                      "baseline": "0",
                      "description": "Workers recruited without paying any fee",
                      "due_date": "2027-12-31",
                      "holders": [
                        {
                          "partner_id": "prt_employers_ca",
                          "share": null
                        }
                      ],
                      "id": "cmt_fee_free_recruitment",
                      "indicator": "Workers recruited fee-free",
                      "reporting_frequency": "annual",
                      "responsible_partner_id": "prt_employers_ca",
                      "start_date": "2026-01-01",
                      "target": "1200",
                      "unit": "workers"
                    }
                  ],
                  "policy_areas": [
                    "employment"
                  ],
                  "replicated_from": null,
                  "review_cycle": 0,
                  "sdg_targets": [
                    "8.8",
                    "10.7"
                  ],
                  "status": "draft",
                  "summary": "Recruitment without fees, pre-departure orientation and portable social security for workers of the seasonal agricultural programme.",
                  "themes": [
                    "human_rights",
                    "shared_responsibility"
                  ],
                  "title": "Fair recruitment of seasonal agricultural workers, Mexico-Canada",
                  "translations": {},
                  "version": 5
                },
                "reason": "The commitments need measurable targets and a baseline before adoption."
              },
              "summary": "Key `pts_fair_recruitment_mx_ca`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:partnership.returned_for_revision:v1",
                    "x-parser-schema-id": "<anonymous-schema-1008>"
                  },
                  "ce_source": {
                    "const": "/alianza/registry",
                    "x-parser-schema-id": "<anonymous-schema-1009>"
                  },
                  "ce_type": {
                    "const": "partnership.returned_for_revision",
                    "x-parser-schema-id": "<anonymous-schema-1010>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1007>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-1006>"
          },
          "name": "partnership.returned_for_revision",
          "payload": {
            "$defs": {
              "Classification": {
                "description": "Who may read a partnership's texts: everyone, or only its members and the secretariat.",
                "enum": [
                  "public",
                  "restricted"
                ],
                "title": "Classification",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-1016>"
              },
              "CountryInvolvement": {
                "properties": {
                  "code": {
                    "title": "Code",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1022>"
                  },
                  "role": {
                    "title": "Role",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1023>"
                  }
                },
                "required": [
                  "code",
                  "role"
                ],
                "title": "CountryInvolvement",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1021>"
              },
              "Holder": {
                "description": "An organisation that holds (part of) a commitment, and the part of the target it takes.",
                "properties": {
                  "partner_id": {
                    "title": "Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1047>"
                  },
                  "share": {
                    "anyOf": [
                      {
                        "type": "number",
                        "x-parser-schema-id": "<anonymous-schema-1049>"
                      },
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1050>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1051>"
                      }
                    ],
                    "default": null,
                    "description": "The part of the target this holder takes, in the indicator's unit; when given, every holder has one and they sum to the target.",
                    "title": "Share",
                    "x-parser-schema-id": "<anonymous-schema-1048>"
                  }
                },
                "required": [
                  "partner_id"
                ],
                "title": "Holder",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1046>"
              },
              "Member": {
                "properties": {
                  "kind": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1033>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1034>"
                      }
                    ],
                    "default": null,
                    "title": "Kind",
                    "x-parser-schema-id": "<anonymous-schema-1032>"
                  },
                  "partner_id": {
                    "title": "Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1035>"
                  },
                  "role": {
                    "title": "Role",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1036>"
                  }
                },
                "required": [
                  "partner_id",
                  "role"
                ],
                "title": "Member",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1031>"
              },
              "NarrativeTranslation": {
                "description": "A partnership's title and summary in a language other than its default; a field left out\nhas no translation (readers fall back to the default language's text).",
                "properties": {
                  "summary": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1079>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1080>"
                      }
                    ],
                    "default": null,
                    "title": "Summary",
                    "x-parser-schema-id": "<anonymous-schema-1078>"
                  },
                  "title": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1082>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1083>"
                      }
                    ],
                    "default": null,
                    "title": "Title",
                    "x-parser-schema-id": "<anonymous-schema-1081>"
                  }
                },
                "title": "NarrativeTranslation",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1077>"
              },
              "PartnershipSnapshot": {
                "properties": {
                  "classification": "$ref:$.channels.partnerships.messages.partnership.returned_for_revision.v1.payload.$defs.Classification",
                  "consultation_platform": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1018>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1019>"
                      }
                    ],
                    "default": null,
                    "title": "Consultation Platform",
                    "x-parser-schema-id": "<anonymous-schema-1017>"
                  },
                  "countries": {
                    "items": "$ref:$.channels.partnerships.messages.partnership.returned_for_revision.v1.payload.$defs.CountryInvolvement",
                    "title": "Countries",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1020>"
                  },
                  "gcm_objectives": {
                    "default": [],
                    "items": {
                      "type": "integer",
                      "x-parser-schema-id": "<anonymous-schema-1025>"
                    },
                    "title": "Gcm Objectives",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1024>"
                  },
                  "id": {
                    "title": "Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1026>"
                  },
                  "language": {
                    "default": "en",
                    "description": "BCP 47 primary language tag (en, es, fr) of `title` and `summary`, the partnership's default language; `en` in snapshots from before translations.",
                    "title": "Language",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1027>"
                  },
                  "lead_partner_id": {
                    "title": "Lead Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1028>"
                  },
                  "level": {
                    "title": "Level",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1029>"
                  },
                  "members": {
                    "items": "$ref:$.channels.partnerships.messages.partnership.returned_for_revision.v1.payload.$defs.Member",
                    "title": "Members",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1030>"
                  },
                  "owner_organisation_id": {
                    "title": "Owner Organisation Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1037>"
                  },
                  "planned_commitments": {
                    "default": [],
                    "items": {
                      "properties": {
                        "baseline": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-1041>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-1042>"
                            }
                          ],
                          "title": "Baseline",
                          "x-parser-schema-id": "<anonymous-schema-1040>"
                        },
                        "description": {
                          "title": "Description",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1043>"
                        },
                        "due_date": {
                          "format": "date",
                          "title": "Due Date",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1044>"
                        },
                        "holders": {
                          "default": [],
                          "description": "Every holder, the responsible partner first; empty in snapshots from before joint commitments, where the responsible partner is the only holder.",
                          "items": "$ref:$.channels.partnerships.messages.partnership.returned_for_revision.v1.payload.$defs.Holder",
                          "title": "Holders",
                          "type": "array",
                          "x-parser-schema-id": "<anonymous-schema-1045>"
                        },
                        "id": {
                          "title": "Id",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1052>"
                        },
                        "indicator": {
                          "title": "Indicator",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1053>"
                        },
                        "reporting_frequency": {
                          "default": "once",
                          "description": "once | quarterly | semi_annual | annual: how often progress is reported.",
                          "title": "Reporting Frequency",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1054>"
                        },
                        "responsible_partner_id": {
                          "description": "The first holder: the one answerable for the commitment as a whole (the only holder before joint commitments existed).",
                          "title": "Responsible Partner Id",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1055>"
                        },
                        "start_date": {
                          "anyOf": [
                            {
                              "format": "date",
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-1057>"
                            },
                            {
                              "type": "null",
                              "x-parser-schema-id": "<anonymous-schema-1058>"
                            }
                          ],
                          "default": null,
                          "title": "Start Date",
                          "x-parser-schema-id": "<anonymous-schema-1056>"
                        },
                        "target": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-1060>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-1061>"
                            }
                          ],
                          "title": "Target",
                          "x-parser-schema-id": "<anonymous-schema-1059>"
                        },
                        "unit": {
                          "title": "Unit",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1062>"
                        }
                      },
                      "required": [
                        "id",
                        "description",
                        "responsible_partner_id",
                        "indicator",
                        "unit",
                        "baseline",
                        "target",
                        "due_date"
                      ],
                      "title": "PlannedCommitment",
                      "type": "object",
                      "x-parser-schema-id": "<anonymous-schema-1039>"
                    },
                    "title": "Planned Commitments",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1038>"
                  },
                  "policy_areas": {
                    "default": [],
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-1064>"
                    },
                    "title": "Policy Areas",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1063>"
                  },
                  "replicated_from": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1066>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1067>"
                      }
                    ],
                    "default": null,
                    "title": "Replicated From",
                    "x-parser-schema-id": "<anonymous-schema-1065>"
                  },
                  "review_cycle": {
                    "default": 0,
                    "title": "Review Cycle",
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-1068>"
                  },
                  "sdg_targets": {
                    "default": [],
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-1070>"
                    },
                    "title": "Sdg Targets",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1069>"
                  },
                  "status": {
                    "title": "Status",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1071>"
                  },
                  "summary": {
                    "title": "Summary",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1072>"
                  },
                  "themes": {
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-1074>"
                    },
                    "title": "Themes",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1073>"
                  },
                  "title": {
                    "title": "Title",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1075>"
                  },
                  "translations": {
                    "additionalProperties": "$ref:$.channels.partnerships.messages.partnership.returned_for_revision.v1.payload.$defs.NarrativeTranslation",
                    "default": {},
                    "description": "The title and summary in other languages, keyed by language tag; never the default language.",
                    "title": "Translations",
                    "type": "object",
                    "x-parser-schema-id": "<anonymous-schema-1076>"
                  },
                  "version": {
                    "title": "Version",
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-1084>"
                  }
                },
                "required": [
                  "id",
                  "version",
                  "status",
                  "title",
                  "summary",
                  "owner_organisation_id",
                  "lead_partner_id",
                  "members",
                  "level",
                  "countries",
                  "themes"
                ],
                "title": "PartnershipSnapshot",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1015>"
              },
              "PlannedCommitment": "$ref:$.channels.partnerships.messages.partnership.returned_for_revision.v1.payload.$defs.PartnershipSnapshot.properties.planned_commitments.items"
            },
            "$id": "urn:alianza:schema:partnership.returned_for_revision:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "description": "proposed, updated, withdrawn, adopted, rejected, returned_for_revision,\nimplementation_started.",
            "properties": {
              "actor_client_id": {
                "title": "Actor Client Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-1011>"
              },
              "actor_organisation_id": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1013>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-1014>"
                  }
                ],
                "default": null,
                "title": "Actor Organisation Id",
                "x-parser-schema-id": "<anonymous-schema-1012>"
              },
              "partnership": "$ref:$.channels.partnerships.messages.partnership.returned_for_revision.v1.payload.$defs.PartnershipSnapshot",
              "reason": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1086>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-1087>"
                  }
                ],
                "default": null,
                "description": "Why the decision was taken, as its maker gave it (always set for rejected and returned_for_revision of a public partnership; never for a restricted one).",
                "title": "Reason",
                "x-parser-schema-id": "<anonymous-schema-1085>"
              }
            },
            "required": [
              "partnership",
              "actor_client_id"
            ],
            "title": "PartnershipChanged",
            "type": "object"
          },
          "summary": "`partnership.returned_for_revision` on the partnerships stream, published by registry.",
          "title": "partnership.returned_for_revision (v1)",
          "x-parser-unique-object-id": "partnership.returned_for_revision.v1"
        },
        "partnership.review_concluded.v1": {
          "bindings": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings",
          "contentType": "application/json",
          "correlationId": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "cfe2a9e0-f3d2-504d-8d70-eb947b3f8254",
                "ce_dataschema": "urn:alianza:schema:partnership.review_concluded:v1",
                "ce_id": "2182b15c-9ba8-50a9-8e07-c44f73d57ab2",
                "ce_source": "/alianza/registry",
                "ce_specversion": "1.0",
                "ce_subject": "pts_fair_recruitment_mx_ca",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "partnership.review_concluded",
                "content-type": "application/json"
              },
              "name": "partnership_review_concluded",
              "payload": {
                "actor_client_id": "cli_compact_secretariat",
                "actor_organisation_id": "prt_compact_secretariat",
                "challenges": "Portable social security still waits for the bilateral agreement.",
                "cycle": 1,
                "findings": "640 of 1200 workers recruited fee-free in the first season.",
                "good_practices": "Employers pay the recruiters directly, never the workers.",
                "language": "en",
                "lessons_learned": "Pre-departure orientation in the home state cut early returns.",
                "outcome": "continue",
                "partnership": {
                  "classification": "public",
                  "consultation_platform": null,
                  "countries": [
                    {
                      "code": "MX",
                      "role": "origin"
                    },
                    {
                      "code": "CA",
                      "role": "destination"
                    }
                  ],
                  "gcm_objectives": [
                    6,
                    22
                  ],
                  "id": "pts_fair_recruitment_mx_ca",
                  "language": "en",
                  "lead_partner_id": "prt_secretaria_trabajo",
                  "level": "bilateral",
                  "members": [
                    {
                      "kind": "line_ministry",
                      "partner_id": "prt_secretaria_trabajo",
                      "role": "lead"
                    },
                    {
                      "kind": "employer_or_recruiter",
                      "partner_id": "prt_employers_ca",
                      "role": "implementing"
                    },
                    {
                      "kind": "diaspora_organisation",
                      "partner_id": "prt_diaspora_ca",
                      "role": "technical"
                    }
                  ],
                  "owner_organisation_id": "prt_secretaria_trabajo",
                  "planned_commitments": [
                    {
                      "baseline": "0",
                      "description": "Workers recruited without paying any fee",
                      "due_date": "2027-12-31",
                      "holders": [
                        {
                          "partner_id": "prt_employers_ca",
                          "share": null
                        }
                      ],
                      "id": "cmt_fee_free_recruitment",
                      "indicator": "Workers recruited fee-free",
                      "reporting_frequency": "annual",
                      "responsible_partner_id": "prt_employers_ca",
                      "start_date": "2026-01-01",
                      "target": "1200",
                      "unit": "workers"
                    }
                  ],
                  "policy_areas": [
                    "employment"
                  ],
                  "replicated_from": null,
                  "review_cycle": 1,
                  "sdg_targets": [
                    "8.8",
                    "10.7"
                  ],
                  "status": "implementing",
                  "summary": "Recruitment without fees, pre-departure orientation and portable social security for workers of the seasonal agricultural programme.",
                  "themes": [
                    "human_rights",
                    "shared_responsibility"
                  ],
                  "title": "Fair recruitment of seasonal agricultural workers, Mexico-Canada",
                  "translations": {},
                  "version": 8
                },
                "reason": null,
                "review_id": "rev_fair_recruitment_1",
                "translations": {}
              },
              "summary": "Key `pts_fair_recruitment_mx_ca`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:partnership.review_concluded:v1",
                    "x-parser-schema-id": "<anonymous-schema-1090>"
                  },
                  "ce_source": {
                    "const": "/alianza/registry",
                    "x-parser-schema-id": "<anonymous-schema-1091>"
                  },
                  "ce_type": {
                    "const": "partnership.review_concluded",
                    "x-parser-schema-id": "<anonymous-schema-1092>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1089>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-1088>"
          },
          "name": "partnership.review_concluded",
          "payload": {
            "$defs": {
              "Classification": {
                "description": "Who may read a partnership's texts: everyone, or only its members and the secretariat.",
                "enum": [
                  "public",
                  "restricted"
                ],
                "title": "Classification",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-1107>"
              },
              "CountryInvolvement": {
                "properties": {
                  "code": {
                    "title": "Code",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1113>"
                  },
                  "role": {
                    "title": "Role",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1114>"
                  }
                },
                "required": [
                  "code",
                  "role"
                ],
                "title": "CountryInvolvement",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1112>"
              },
              "Holder": {
                "description": "An organisation that holds (part of) a commitment, and the part of the target it takes.",
                "properties": {
                  "partner_id": {
                    "title": "Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1138>"
                  },
                  "share": {
                    "anyOf": [
                      {
                        "type": "number",
                        "x-parser-schema-id": "<anonymous-schema-1140>"
                      },
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1141>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1142>"
                      }
                    ],
                    "default": null,
                    "description": "The part of the target this holder takes, in the indicator's unit; when given, every holder has one and they sum to the target.",
                    "title": "Share",
                    "x-parser-schema-id": "<anonymous-schema-1139>"
                  }
                },
                "required": [
                  "partner_id"
                ],
                "title": "Holder",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1137>"
              },
              "Member": {
                "properties": {
                  "kind": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1124>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1125>"
                      }
                    ],
                    "default": null,
                    "title": "Kind",
                    "x-parser-schema-id": "<anonymous-schema-1123>"
                  },
                  "partner_id": {
                    "title": "Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1126>"
                  },
                  "role": {
                    "title": "Role",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1127>"
                  }
                },
                "required": [
                  "partner_id",
                  "role"
                ],
                "title": "Member",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1122>"
              },
              "NarrativeTranslation": {
                "description": "A partnership's title and summary in a language other than its default; a field left out\nhas no translation (readers fall back to the default language's text).",
                "properties": {
                  "summary": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1170>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1171>"
                      }
                    ],
                    "default": null,
                    "title": "Summary",
                    "x-parser-schema-id": "<anonymous-schema-1169>"
                  },
                  "title": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1173>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1174>"
                      }
                    ],
                    "default": null,
                    "title": "Title",
                    "x-parser-schema-id": "<anonymous-schema-1172>"
                  }
                },
                "title": "NarrativeTranslation",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1168>"
              },
              "PartnershipSnapshot": {
                "properties": {
                  "classification": "$ref:$.channels.partnerships.messages.partnership.review_concluded.v1.payload.$defs.Classification",
                  "consultation_platform": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1109>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1110>"
                      }
                    ],
                    "default": null,
                    "title": "Consultation Platform",
                    "x-parser-schema-id": "<anonymous-schema-1108>"
                  },
                  "countries": {
                    "items": "$ref:$.channels.partnerships.messages.partnership.review_concluded.v1.payload.$defs.CountryInvolvement",
                    "title": "Countries",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1111>"
                  },
                  "gcm_objectives": {
                    "default": [],
                    "items": {
                      "type": "integer",
                      "x-parser-schema-id": "<anonymous-schema-1116>"
                    },
                    "title": "Gcm Objectives",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1115>"
                  },
                  "id": {
                    "title": "Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1117>"
                  },
                  "language": {
                    "default": "en",
                    "description": "BCP 47 primary language tag (en, es, fr) of `title` and `summary`, the partnership's default language; `en` in snapshots from before translations.",
                    "title": "Language",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1118>"
                  },
                  "lead_partner_id": {
                    "title": "Lead Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1119>"
                  },
                  "level": {
                    "title": "Level",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1120>"
                  },
                  "members": {
                    "items": "$ref:$.channels.partnerships.messages.partnership.review_concluded.v1.payload.$defs.Member",
                    "title": "Members",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1121>"
                  },
                  "owner_organisation_id": {
                    "title": "Owner Organisation Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1128>"
                  },
                  "planned_commitments": {
                    "default": [],
                    "items": {
                      "properties": {
                        "baseline": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-1132>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-1133>"
                            }
                          ],
                          "title": "Baseline",
                          "x-parser-schema-id": "<anonymous-schema-1131>"
                        },
                        "description": {
                          "title": "Description",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1134>"
                        },
                        "due_date": {
                          "format": "date",
                          "title": "Due Date",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1135>"
                        },
                        "holders": {
                          "default": [],
                          "description": "Every holder, the responsible partner first; empty in snapshots from before joint commitments, where the responsible partner is the only holder.",
                          "items": "$ref:$.channels.partnerships.messages.partnership.review_concluded.v1.payload.$defs.Holder",
                          "title": "Holders",
                          "type": "array",
                          "x-parser-schema-id": "<anonymous-schema-1136>"
                        },
                        "id": {
                          "title": "Id",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1143>"
                        },
                        "indicator": {
                          "title": "Indicator",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1144>"
                        },
                        "reporting_frequency": {
                          "default": "once",
                          "description": "once | quarterly | semi_annual | annual: how often progress is reported.",
                          "title": "Reporting Frequency",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1145>"
                        },
                        "responsible_partner_id": {
                          "description": "The first holder: the one answerable for the commitment as a whole (the only holder before joint commitments existed).",
                          "title": "Responsible Partner Id",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1146>"
                        },
                        "start_date": {
                          "anyOf": [
                            {
                              "format": "date",
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-1148>"
                            },
                            {
                              "type": "null",
                              "x-parser-schema-id": "<anonymous-schema-1149>"
                            }
                          ],
                          "default": null,
                          "title": "Start Date",
                          "x-parser-schema-id": "<anonymous-schema-1147>"
                        },
                        "target": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-1151>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-1152>"
                            }
                          ],
                          "title": "Target",
                          "x-parser-schema-id": "<anonymous-schema-1150>"
                        },
                        "unit": {
                          "title": "Unit",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1153>"
                        }
                      },
                      "required": [
                        "id",
                        "description",
                        "responsible_partner_id",
                        "indicator",
                        "unit",
                        "baseline",
                        "target",
                        "due_date"
                      ],
                      "title": "PlannedCommitment",
                      "type": "object",
                      "x-parser-schema-id": "<anonymous-schema-1130>"
                    },
                    "title": "Planned Commitments",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1129>"
                  },
                  "policy_areas": {
                    "default": [],
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-1155>"
                    },
                    "title": "Policy Areas",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1154>"
                  },
                  "replicated_from": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1157>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1158>"
                      }
                    ],
                    "default": null,
                    "title": "Replicated From",
                    "x-parser-schema-id": "<anonymous-schema-1156>"
                  },
                  "review_cycle": {
                    "default": 0,
                    "title": "Review Cycle",
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-1159>"
                  },
                  "sdg_targets": {
                    "default": [],
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-1161>"
                    },
                    "title": "Sdg Targets",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1160>"
                  },
                  "status": {
                    "title": "Status",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1162>"
                  },
                  "summary": {
                    "title": "Summary",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1163>"
                  },
                  "themes": {
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-1165>"
                    },
                    "title": "Themes",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1164>"
                  },
                  "title": {
                    "title": "Title",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1166>"
                  },
                  "translations": {
                    "additionalProperties": "$ref:$.channels.partnerships.messages.partnership.review_concluded.v1.payload.$defs.NarrativeTranslation",
                    "default": {},
                    "description": "The title and summary in other languages, keyed by language tag; never the default language.",
                    "title": "Translations",
                    "type": "object",
                    "x-parser-schema-id": "<anonymous-schema-1167>"
                  },
                  "version": {
                    "title": "Version",
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-1175>"
                  }
                },
                "required": [
                  "id",
                  "version",
                  "status",
                  "title",
                  "summary",
                  "owner_organisation_id",
                  "lead_partner_id",
                  "members",
                  "level",
                  "countries",
                  "themes"
                ],
                "title": "PartnershipSnapshot",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1106>"
              },
              "PlannedCommitment": "$ref:$.channels.partnerships.messages.partnership.review_concluded.v1.payload.$defs.PartnershipSnapshot.properties.planned_commitments.items",
              "ReviewTranslation": {
                "description": "A concluded review's texts in a language other than the one they were written in.",
                "properties": {
                  "challenges": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1183>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1184>"
                      }
                    ],
                    "default": null,
                    "title": "Challenges",
                    "x-parser-schema-id": "<anonymous-schema-1182>"
                  },
                  "findings": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1186>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1187>"
                      }
                    ],
                    "default": null,
                    "title": "Findings",
                    "x-parser-schema-id": "<anonymous-schema-1185>"
                  },
                  "good_practices": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1189>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1190>"
                      }
                    ],
                    "default": null,
                    "title": "Good Practices",
                    "x-parser-schema-id": "<anonymous-schema-1188>"
                  },
                  "lessons_learned": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1192>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1193>"
                      }
                    ],
                    "default": null,
                    "title": "Lessons Learned",
                    "x-parser-schema-id": "<anonymous-schema-1191>"
                  }
                },
                "title": "ReviewTranslation",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1181>"
              }
            },
            "$id": "urn:alianza:schema:partnership.review_concluded:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "properties": {
              "actor_client_id": {
                "title": "Actor Client Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-1093>"
              },
              "actor_organisation_id": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1095>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-1096>"
                  }
                ],
                "default": null,
                "title": "Actor Organisation Id",
                "x-parser-schema-id": "<anonymous-schema-1094>"
              },
              "challenges": {
                "default": "",
                "title": "Challenges",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-1097>"
              },
              "cycle": {
                "title": "Cycle",
                "type": "integer",
                "x-parser-schema-id": "<anonymous-schema-1098>"
              },
              "findings": {
                "default": "",
                "title": "Findings",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-1099>"
              },
              "good_practices": {
                "default": "",
                "title": "Good Practices",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-1100>"
              },
              "language": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1102>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-1103>"
                  }
                ],
                "default": null,
                "title": "Language",
                "x-parser-schema-id": "<anonymous-schema-1101>"
              },
              "lessons_learned": {
                "default": "",
                "title": "Lessons Learned",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-1104>"
              },
              "outcome": {
                "title": "Outcome",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-1105>"
              },
              "partnership": "$ref:$.channels.partnerships.messages.partnership.review_concluded.v1.payload.$defs.PartnershipSnapshot",
              "reason": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1177>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-1178>"
                  }
                ],
                "default": null,
                "description": "Why the decision was taken, as its maker gave it (always set for rejected and returned_for_revision of a public partnership; never for a restricted one).",
                "title": "Reason",
                "x-parser-schema-id": "<anonymous-schema-1176>"
              },
              "review_id": {
                "title": "Review Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-1179>"
              },
              "translations": {
                "additionalProperties": "$ref:$.channels.partnerships.messages.partnership.review_concluded.v1.payload.$defs.ReviewTranslation",
                "default": {},
                "description": "The texts in other languages, keyed by language tag; never `language`.",
                "title": "Translations",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1180>"
              }
            },
            "required": [
              "partnership",
              "actor_client_id",
              "review_id",
              "cycle",
              "outcome"
            ],
            "title": "ReviewConcluded",
            "type": "object"
          },
          "summary": "`partnership.review_concluded` on the partnerships stream, published by registry.",
          "title": "partnership.review_concluded (v1)",
          "x-parser-unique-object-id": "partnership.review_concluded.v1"
        },
        "partnership.review_opened.v1": {
          "bindings": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings",
          "contentType": "application/json",
          "correlationId": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "89ade59d-75fc-5453-bc99-c2de5c640f4e",
                "ce_dataschema": "urn:alianza:schema:partnership.review_opened:v1",
                "ce_id": "4cb7c729-ab7f-5728-a22c-2b8565fe7cfa",
                "ce_source": "/alianza/registry",
                "ce_specversion": "1.0",
                "ce_subject": "pts_fair_recruitment_mx_ca",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "partnership.review_opened",
                "content-type": "application/json"
              },
              "name": "partnership_review_opened",
              "payload": {
                "actor_client_id": "cli_compact_secretariat",
                "actor_organisation_id": "prt_compact_secretariat",
                "cycle": 1,
                "partnership": {
                  "classification": "public",
                  "consultation_platform": null,
                  "countries": [
                    {
                      "code": "MX",
                      "role": "origin"
                    },
                    {
                      "code": "CA",
                      "role": "destination"
                    }
                  ],
                  "gcm_objectives": [
                    6,
                    22
                  ],
                  "id": "pts_fair_recruitment_mx_ca",
                  "language": "en",
                  "lead_partner_id": "prt_secretaria_trabajo",
                  "level": "bilateral",
                  "members": [
                    {
                      "kind": "line_ministry",
                      "partner_id": "prt_secretaria_trabajo",
                      "role": "lead"
                    },
                    {
                      "kind": "employer_or_recruiter",
                      "partner_id": "prt_employers_ca",
                      "role": "implementing"
                    },
                    {
                      "kind": "diaspora_organisation",
                      "partner_id": "prt_diaspora_ca",
                      "role": "technical"
                    }
                  ],
                  "owner_organisation_id": "prt_secretaria_trabajo",
                  "planned_commitments": [
                    {
                      "baseline": "0",
                      "description": "Workers recruited without paying any fee",
                      "due_date": "2027-12-31",
                      "holders": [
                        {
                          "partner_id": "prt_employers_ca",
                          "share": null
                        }
                      ],
                      "id": "cmt_fee_free_recruitment",
                      "indicator": "Workers recruited fee-free",
                      "reporting_frequency": "annual",
                      "responsible_partner_id": "prt_employers_ca",
                      "start_date": "2026-01-01",
                      "target": "1200",
                      "unit": "workers"
                    }
                  ],
                  "policy_areas": [
                    "employment"
                  ],
                  "replicated_from": null,
                  "review_cycle": 1,
                  "sdg_targets": [
                    "8.8",
                    "10.7"
                  ],
                  "status": "under_review",
                  "summary": "Recruitment without fees, pre-departure orientation and portable social security for workers of the seasonal agricultural programme.",
                  "themes": [
                    "human_rights",
                    "shared_responsibility"
                  ],
                  "title": "Fair recruitment of seasonal agricultural workers, Mexico-Canada",
                  "translations": {},
                  "version": 7
                },
                "reason": null,
                "review_id": "rev_fair_recruitment_1",
                "round_id": null
              },
              "summary": "Key `pts_fair_recruitment_mx_ca`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:partnership.review_opened:v1",
                    "x-parser-schema-id": "<anonymous-schema-1196>"
                  },
                  "ce_source": {
                    "const": "/alianza/registry",
                    "x-parser-schema-id": "<anonymous-schema-1197>"
                  },
                  "ce_type": {
                    "const": "partnership.review_opened",
                    "x-parser-schema-id": "<anonymous-schema-1198>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1195>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-1194>"
          },
          "name": "partnership.review_opened",
          "payload": {
            "$defs": {
              "Classification": {
                "description": "Who may read a partnership's texts: everyone, or only its members and the secretariat.",
                "enum": [
                  "public",
                  "restricted"
                ],
                "title": "Classification",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-1205>"
              },
              "CountryInvolvement": {
                "properties": {
                  "code": {
                    "title": "Code",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1211>"
                  },
                  "role": {
                    "title": "Role",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1212>"
                  }
                },
                "required": [
                  "code",
                  "role"
                ],
                "title": "CountryInvolvement",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1210>"
              },
              "Holder": {
                "description": "An organisation that holds (part of) a commitment, and the part of the target it takes.",
                "properties": {
                  "partner_id": {
                    "title": "Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1236>"
                  },
                  "share": {
                    "anyOf": [
                      {
                        "type": "number",
                        "x-parser-schema-id": "<anonymous-schema-1238>"
                      },
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1239>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1240>"
                      }
                    ],
                    "default": null,
                    "description": "The part of the target this holder takes, in the indicator's unit; when given, every holder has one and they sum to the target.",
                    "title": "Share",
                    "x-parser-schema-id": "<anonymous-schema-1237>"
                  }
                },
                "required": [
                  "partner_id"
                ],
                "title": "Holder",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1235>"
              },
              "Member": {
                "properties": {
                  "kind": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1222>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1223>"
                      }
                    ],
                    "default": null,
                    "title": "Kind",
                    "x-parser-schema-id": "<anonymous-schema-1221>"
                  },
                  "partner_id": {
                    "title": "Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1224>"
                  },
                  "role": {
                    "title": "Role",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1225>"
                  }
                },
                "required": [
                  "partner_id",
                  "role"
                ],
                "title": "Member",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1220>"
              },
              "NarrativeTranslation": {
                "description": "A partnership's title and summary in a language other than its default; a field left out\nhas no translation (readers fall back to the default language's text).",
                "properties": {
                  "summary": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1268>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1269>"
                      }
                    ],
                    "default": null,
                    "title": "Summary",
                    "x-parser-schema-id": "<anonymous-schema-1267>"
                  },
                  "title": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1271>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1272>"
                      }
                    ],
                    "default": null,
                    "title": "Title",
                    "x-parser-schema-id": "<anonymous-schema-1270>"
                  }
                },
                "title": "NarrativeTranslation",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1266>"
              },
              "PartnershipSnapshot": {
                "properties": {
                  "classification": "$ref:$.channels.partnerships.messages.partnership.review_opened.v1.payload.$defs.Classification",
                  "consultation_platform": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1207>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1208>"
                      }
                    ],
                    "default": null,
                    "title": "Consultation Platform",
                    "x-parser-schema-id": "<anonymous-schema-1206>"
                  },
                  "countries": {
                    "items": "$ref:$.channels.partnerships.messages.partnership.review_opened.v1.payload.$defs.CountryInvolvement",
                    "title": "Countries",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1209>"
                  },
                  "gcm_objectives": {
                    "default": [],
                    "items": {
                      "type": "integer",
                      "x-parser-schema-id": "<anonymous-schema-1214>"
                    },
                    "title": "Gcm Objectives",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1213>"
                  },
                  "id": {
                    "title": "Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1215>"
                  },
                  "language": {
                    "default": "en",
                    "description": "BCP 47 primary language tag (en, es, fr) of `title` and `summary`, the partnership's default language; `en` in snapshots from before translations.",
                    "title": "Language",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1216>"
                  },
                  "lead_partner_id": {
                    "title": "Lead Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1217>"
                  },
                  "level": {
                    "title": "Level",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1218>"
                  },
                  "members": {
                    "items": "$ref:$.channels.partnerships.messages.partnership.review_opened.v1.payload.$defs.Member",
                    "title": "Members",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1219>"
                  },
                  "owner_organisation_id": {
                    "title": "Owner Organisation Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1226>"
                  },
                  "planned_commitments": {
                    "default": [],
                    "items": {
                      "properties": {
                        "baseline": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-1230>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-1231>"
                            }
                          ],
                          "title": "Baseline",
                          "x-parser-schema-id": "<anonymous-schema-1229>"
                        },
                        "description": {
                          "title": "Description",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1232>"
                        },
                        "due_date": {
                          "format": "date",
                          "title": "Due Date",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1233>"
                        },
                        "holders": {
                          "default": [],
                          "description": "Every holder, the responsible partner first; empty in snapshots from before joint commitments, where the responsible partner is the only holder.",
                          "items": "$ref:$.channels.partnerships.messages.partnership.review_opened.v1.payload.$defs.Holder",
                          "title": "Holders",
                          "type": "array",
                          "x-parser-schema-id": "<anonymous-schema-1234>"
                        },
                        "id": {
                          "title": "Id",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1241>"
                        },
                        "indicator": {
                          "title": "Indicator",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1242>"
                        },
                        "reporting_frequency": {
                          "default": "once",
                          "description": "once | quarterly | semi_annual | annual: how often progress is reported.",
                          "title": "Reporting Frequency",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1243>"
                        },
                        "responsible_partner_id": {
                          "description": "The first holder: the one answerable for the commitment as a whole (the only holder before joint commitments existed).",
                          "title": "Responsible Partner Id",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1244>"
                        },
                        "start_date": {
                          "anyOf": [
                            {
                              "format": "date",
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-1246>"
                            },
                            {
                              "type": "null",
                              "x-parser-schema-id": "<anonymous-schema-1247>"
                            }
                          ],
                          "default": null,
                          "title": "Start Date",
                          "x-parser-schema-id": "<anonymous-schema-1245>"
                        },
                        "target": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-1249>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-1250>"
                            }
                          ],
                          "title": "Target",
                          "x-parser-schema-id": "<anonymous-schema-1248>"
                        },
                        "unit": {
                          "title": "Unit",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1251>"
                        }
                      },
                      "required": [
                        "id",
                        "description",
                        "responsible_partner_id",
                        "indicator",
                        "unit",
                        "baseline",
                        "target",
                        "due_date"
                      ],
                      "title": "PlannedCommitment",
                      "type": "object",
                      "x-parser-schema-id": "<anonymous-schema-1228>"
                    },
                    "title": "Planned Commitments",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1227>"
                  },
                  "policy_areas": {
                    "default": [],
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-1253>"
                    },
                    "title": "Policy Areas",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1252>"
                  },
                  "replicated_from": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1255>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1256>"
                      }
                    ],
                    "default": null,
                    "title": "Replicated From",
                    "x-parser-schema-id": "<anonymous-schema-1254>"
                  },
                  "review_cycle": {
                    "default": 0,
                    "title": "Review Cycle",
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-1257>"
                  },
                  "sdg_targets": {
                    "default": [],
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-1259>"
                    },
                    "title": "Sdg Targets",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1258>"
                  },
                  "status": {
                    "title": "Status",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1260>"
                  },
                  "summary": {
                    "title": "Summary",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1261>"
                  },
                  "themes": {
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-1263>"
                    },
                    "title": "Themes",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1262>"
                  },
                  "title": {
                    "title": "Title",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1264>"
                  },
                  "translations": {
                    "additionalProperties": "$ref:$.channels.partnerships.messages.partnership.review_opened.v1.payload.$defs.NarrativeTranslation",
                    "default": {},
                    "description": "The title and summary in other languages, keyed by language tag; never the default language.",
                    "title": "Translations",
                    "type": "object",
                    "x-parser-schema-id": "<anonymous-schema-1265>"
                  },
                  "version": {
                    "title": "Version",
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-1273>"
                  }
                },
                "required": [
                  "id",
                  "version",
                  "status",
                  "title",
                  "summary",
                  "owner_organisation_id",
                  "lead_partner_id",
                  "members",
                  "level",
                  "countries",
                  "themes"
                ],
                "title": "PartnershipSnapshot",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1204>"
              },
              "PlannedCommitment": "$ref:$.channels.partnerships.messages.partnership.review_opened.v1.payload.$defs.PartnershipSnapshot.properties.planned_commitments.items"
            },
            "$id": "urn:alianza:schema:partnership.review_opened:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "properties": {
              "actor_client_id": {
                "title": "Actor Client Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-1199>"
              },
              "actor_organisation_id": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1201>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-1202>"
                  }
                ],
                "default": null,
                "title": "Actor Organisation Id",
                "x-parser-schema-id": "<anonymous-schema-1200>"
              },
              "cycle": {
                "title": "Cycle",
                "type": "integer",
                "x-parser-schema-id": "<anonymous-schema-1203>"
              },
              "partnership": "$ref:$.channels.partnerships.messages.partnership.review_opened.v1.payload.$defs.PartnershipSnapshot",
              "reason": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1275>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-1276>"
                  }
                ],
                "default": null,
                "description": "Why the decision was taken, as its maker gave it (always set for rejected and returned_for_revision of a public partnership; never for a restricted one).",
                "title": "Reason",
                "x-parser-schema-id": "<anonymous-schema-1274>"
              },
              "review_id": {
                "title": "Review Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-1277>"
              },
              "round_id": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1279>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-1280>"
                  }
                ],
                "default": null,
                "title": "Round Id",
                "x-parser-schema-id": "<anonymous-schema-1278>"
              }
            },
            "required": [
              "partnership",
              "actor_client_id",
              "review_id",
              "cycle"
            ],
            "title": "ReviewOpened",
            "type": "object"
          },
          "summary": "`partnership.review_opened` on the partnerships stream, published by registry.",
          "title": "partnership.review_opened (v1)",
          "x-parser-unique-object-id": "partnership.review_opened.v1"
        },
        "partnership.updated.v1": {
          "bindings": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings",
          "contentType": "application/json",
          "correlationId": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId",
          "description": "proposed, updated, withdrawn, adopted, rejected, returned_for_revision,\n    implementation_started.",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "13164d3e-d22a-56d0-9d16-8e7bb8552636",
                "ce_dataschema": "urn:alianza:schema:partnership.updated:v1",
                "ce_id": "77da19eb-fe99-576f-b094-d437ec6b96e5",
                "ce_source": "/alianza/registry",
                "ce_specversion": "1.0",
                "ce_subject": "pts_fair_recruitment_mx_ca",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "partnership.updated",
                "content-type": "application/json"
              },
              "name": "partnership_updated",
              "payload": {
                "actor_client_id": "cli_secretaria_trabajo_portal",
                "actor_organisation_id": "prt_secretaria_trabajo",
                "partnership": {
                  "classification": "public",
                  "consultation_platform": null,
                  "countries": [
                    {
                      "code": "MX",
                      "role": "origin"
                    },
                    {
                      "code": "CA",
                      "role": "destination"
                    }
                  ],
                  "gcm_objectives": [
                    6,
                    22
                  ],
                  "id": "pts_fair_recruitment_mx_ca",
                  "language": "en",
                  "lead_partner_id": "prt_secretaria_trabajo",
                  "level": "bilateral",
                  "members": [
                    {
                      "kind": "line_ministry",
                      "partner_id": "prt_secretaria_trabajo",
                      "role": "lead"
                    },
                    {
                      "kind": "employer_or_recruiter",
                      "partner_id": "prt_employers_ca",
                      "role": "implementing"
                    },
                    {
                      "kind": "diaspora_organisation",
                      "partner_id": "prt_diaspora_ca",
                      "role": "technical"
                    }
                  ],
                  "owner_organisation_id": "prt_secretaria_trabajo",
                  "planned_commitments": [
                    {
                      "baseline": "0",
                      "description": "Workers recruited without paying any fee",
                      "due_date": "2027-12-31",
                      "holders": [
                        {
                          "partner_id": "prt_employers_ca",
                          "share": null
                        }
                      ],
                      "id": "cmt_fee_free_recruitment",
                      "indicator": "Workers recruited fee-free",
                      "reporting_frequency": "annual",
                      "responsible_partner_id": "prt_employers_ca",
                      "start_date": "2026-01-01",
                      "target": "1200",
                      "unit": "workers"
                    }
                  ],
                  "policy_areas": [
                    "employment"
                  ],
                  "replicated_from": null,
                  "review_cycle": 0,
                  "sdg_targets": [
                    "8.8",
                    "10.7"
                  ],
                  "status": "draft",
                  "summary": "Recruitment without fees, pre-departure orientation and portable social security for workers of the seasonal agricultural programme.",
                  "themes": [
                    "human_rights",
                    "shared_responsibility"
                  ],
                  "title": "Fair recruitment of seasonal agricultural workers, Mexico-Canada",
                  "translations": {},
                  "version": 3
                },
                "reason": null
              },
              "summary": "Key `pts_fair_recruitment_mx_ca`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:partnership.updated:v1",
                    "x-parser-schema-id": "<anonymous-schema-1283>"
                  },
                  "ce_source": {
                    "const": "/alianza/registry",
                    "x-parser-schema-id": "<anonymous-schema-1284>"
                  },
                  "ce_type": {
                    "const": "partnership.updated",
                    "x-parser-schema-id": "<anonymous-schema-1285>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1282>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-1281>"
          },
          "name": "partnership.updated",
          "payload": {
            "$defs": {
              "Classification": {
                "description": "Who may read a partnership's texts: everyone, or only its members and the secretariat.",
                "enum": [
                  "public",
                  "restricted"
                ],
                "title": "Classification",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-1291>"
              },
              "CountryInvolvement": {
                "properties": {
                  "code": {
                    "title": "Code",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1297>"
                  },
                  "role": {
                    "title": "Role",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1298>"
                  }
                },
                "required": [
                  "code",
                  "role"
                ],
                "title": "CountryInvolvement",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1296>"
              },
              "Holder": {
                "description": "An organisation that holds (part of) a commitment, and the part of the target it takes.",
                "properties": {
                  "partner_id": {
                    "title": "Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1322>"
                  },
                  "share": {
                    "anyOf": [
                      {
                        "type": "number",
                        "x-parser-schema-id": "<anonymous-schema-1324>"
                      },
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1325>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1326>"
                      }
                    ],
                    "default": null,
                    "description": "The part of the target this holder takes, in the indicator's unit; when given, every holder has one and they sum to the target.",
                    "title": "Share",
                    "x-parser-schema-id": "<anonymous-schema-1323>"
                  }
                },
                "required": [
                  "partner_id"
                ],
                "title": "Holder",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1321>"
              },
              "Member": {
                "properties": {
                  "kind": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1308>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1309>"
                      }
                    ],
                    "default": null,
                    "title": "Kind",
                    "x-parser-schema-id": "<anonymous-schema-1307>"
                  },
                  "partner_id": {
                    "title": "Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1310>"
                  },
                  "role": {
                    "title": "Role",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1311>"
                  }
                },
                "required": [
                  "partner_id",
                  "role"
                ],
                "title": "Member",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1306>"
              },
              "NarrativeTranslation": {
                "description": "A partnership's title and summary in a language other than its default; a field left out\nhas no translation (readers fall back to the default language's text).",
                "properties": {
                  "summary": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1354>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1355>"
                      }
                    ],
                    "default": null,
                    "title": "Summary",
                    "x-parser-schema-id": "<anonymous-schema-1353>"
                  },
                  "title": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1357>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1358>"
                      }
                    ],
                    "default": null,
                    "title": "Title",
                    "x-parser-schema-id": "<anonymous-schema-1356>"
                  }
                },
                "title": "NarrativeTranslation",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1352>"
              },
              "PartnershipSnapshot": {
                "properties": {
                  "classification": "$ref:$.channels.partnerships.messages.partnership.updated.v1.payload.$defs.Classification",
                  "consultation_platform": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1293>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1294>"
                      }
                    ],
                    "default": null,
                    "title": "Consultation Platform",
                    "x-parser-schema-id": "<anonymous-schema-1292>"
                  },
                  "countries": {
                    "items": "$ref:$.channels.partnerships.messages.partnership.updated.v1.payload.$defs.CountryInvolvement",
                    "title": "Countries",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1295>"
                  },
                  "gcm_objectives": {
                    "default": [],
                    "items": {
                      "type": "integer",
                      "x-parser-schema-id": "<anonymous-schema-1300>"
                    },
                    "title": "Gcm Objectives",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1299>"
                  },
                  "id": {
                    "title": "Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1301>"
                  },
                  "language": {
                    "default": "en",
                    "description": "BCP 47 primary language tag (en, es, fr) of `title` and `summary`, the partnership's default language; `en` in snapshots from before translations.",
                    "title": "Language",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1302>"
                  },
                  "lead_partner_id": {
                    "title": "Lead Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1303>"
                  },
                  "level": {
                    "title": "Level",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1304>"
                  },
                  "members": {
                    "items": "$ref:$.channels.partnerships.messages.partnership.updated.v1.payload.$defs.Member",
                    "title": "Members",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1305>"
                  },
                  "owner_organisation_id": {
                    "title": "Owner Organisation Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1312>"
                  },
                  "planned_commitments": {
                    "default": [],
                    "items": {
                      "properties": {
                        "baseline": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-1316>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-1317>"
                            }
                          ],
                          "title": "Baseline",
                          "x-parser-schema-id": "<anonymous-schema-1315>"
                        },
                        "description": {
                          "title": "Description",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1318>"
                        },
                        "due_date": {
                          "format": "date",
                          "title": "Due Date",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1319>"
                        },
                        "holders": {
                          "default": [],
                          "description": "Every holder, the responsible partner first; empty in snapshots from before joint commitments, where the responsible partner is the only holder.",
                          "items": "$ref:$.channels.partnerships.messages.partnership.updated.v1.payload.$defs.Holder",
                          "title": "Holders",
                          "type": "array",
                          "x-parser-schema-id": "<anonymous-schema-1320>"
                        },
                        "id": {
                          "title": "Id",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1327>"
                        },
                        "indicator": {
                          "title": "Indicator",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1328>"
                        },
                        "reporting_frequency": {
                          "default": "once",
                          "description": "once | quarterly | semi_annual | annual: how often progress is reported.",
                          "title": "Reporting Frequency",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1329>"
                        },
                        "responsible_partner_id": {
                          "description": "The first holder: the one answerable for the commitment as a whole (the only holder before joint commitments existed).",
                          "title": "Responsible Partner Id",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1330>"
                        },
                        "start_date": {
                          "anyOf": [
                            {
                              "format": "date",
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-1332>"
                            },
                            {
                              "type": "null",
                              "x-parser-schema-id": "<anonymous-schema-1333>"
                            }
                          ],
                          "default": null,
                          "title": "Start Date",
                          "x-parser-schema-id": "<anonymous-schema-1331>"
                        },
                        "target": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-1335>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-1336>"
                            }
                          ],
                          "title": "Target",
                          "x-parser-schema-id": "<anonymous-schema-1334>"
                        },
                        "unit": {
                          "title": "Unit",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1337>"
                        }
                      },
                      "required": [
                        "id",
                        "description",
                        "responsible_partner_id",
                        "indicator",
                        "unit",
                        "baseline",
                        "target",
                        "due_date"
                      ],
                      "title": "PlannedCommitment",
                      "type": "object",
                      "x-parser-schema-id": "<anonymous-schema-1314>"
                    },
                    "title": "Planned Commitments",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1313>"
                  },
                  "policy_areas": {
                    "default": [],
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-1339>"
                    },
                    "title": "Policy Areas",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1338>"
                  },
                  "replicated_from": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1341>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1342>"
                      }
                    ],
                    "default": null,
                    "title": "Replicated From",
                    "x-parser-schema-id": "<anonymous-schema-1340>"
                  },
                  "review_cycle": {
                    "default": 0,
                    "title": "Review Cycle",
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-1343>"
                  },
                  "sdg_targets": {
                    "default": [],
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-1345>"
                    },
                    "title": "Sdg Targets",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1344>"
                  },
                  "status": {
                    "title": "Status",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1346>"
                  },
                  "summary": {
                    "title": "Summary",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1347>"
                  },
                  "themes": {
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-1349>"
                    },
                    "title": "Themes",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1348>"
                  },
                  "title": {
                    "title": "Title",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1350>"
                  },
                  "translations": {
                    "additionalProperties": "$ref:$.channels.partnerships.messages.partnership.updated.v1.payload.$defs.NarrativeTranslation",
                    "default": {},
                    "description": "The title and summary in other languages, keyed by language tag; never the default language.",
                    "title": "Translations",
                    "type": "object",
                    "x-parser-schema-id": "<anonymous-schema-1351>"
                  },
                  "version": {
                    "title": "Version",
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-1359>"
                  }
                },
                "required": [
                  "id",
                  "version",
                  "status",
                  "title",
                  "summary",
                  "owner_organisation_id",
                  "lead_partner_id",
                  "members",
                  "level",
                  "countries",
                  "themes"
                ],
                "title": "PartnershipSnapshot",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1290>"
              },
              "PlannedCommitment": "$ref:$.channels.partnerships.messages.partnership.updated.v1.payload.$defs.PartnershipSnapshot.properties.planned_commitments.items"
            },
            "$id": "urn:alianza:schema:partnership.updated:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "description": "proposed, updated, withdrawn, adopted, rejected, returned_for_revision,\nimplementation_started.",
            "properties": {
              "actor_client_id": {
                "title": "Actor Client Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-1286>"
              },
              "actor_organisation_id": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1288>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-1289>"
                  }
                ],
                "default": null,
                "title": "Actor Organisation Id",
                "x-parser-schema-id": "<anonymous-schema-1287>"
              },
              "partnership": "$ref:$.channels.partnerships.messages.partnership.updated.v1.payload.$defs.PartnershipSnapshot",
              "reason": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1361>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-1362>"
                  }
                ],
                "default": null,
                "description": "Why the decision was taken, as its maker gave it (always set for rejected and returned_for_revision of a public partnership; never for a restricted one).",
                "title": "Reason",
                "x-parser-schema-id": "<anonymous-schema-1360>"
              }
            },
            "required": [
              "partnership",
              "actor_client_id"
            ],
            "title": "PartnershipChanged",
            "type": "object"
          },
          "summary": "`partnership.updated` on the partnerships stream, published by registry.",
          "title": "partnership.updated (v1)",
          "x-parser-unique-object-id": "partnership.updated.v1"
        },
        "partnership.withdrawn.v1": {
          "bindings": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings",
          "contentType": "application/json",
          "correlationId": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId",
          "description": "proposed, updated, withdrawn, adopted, rejected, returned_for_revision,\n    implementation_started.",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "5649a229-3f12-531f-8fc1-9f01d03c5e93",
                "ce_dataschema": "urn:alianza:schema:partnership.withdrawn:v1",
                "ce_id": "401792bb-8dac-571d-b5e7-0ac27477b1bb",
                "ce_source": "/alianza/registry",
                "ce_specversion": "1.0",
                "ce_subject": "pts_fair_recruitment_mx_ca",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "partnership.withdrawn",
                "content-type": "application/json"
              },
              "name": "partnership_withdrawn",
              "payload": {
                "actor_client_id": "cli_secretaria_trabajo_portal",
                "actor_organisation_id": "prt_secretaria_trabajo",
                "partnership": {
                  "classification": "public",
                  "consultation_platform": null,
                  "countries": [
                    {
                      "code": "MX",
                      "role": "origin"
                    },
                    {
                      "code": "CA",
                      "role": "destination"
                    }
                  ],
                  "gcm_objectives": [
                    6,
                    22
                  ],
                  "id": "pts_fair_recruitment_mx_ca",
                  "language": "en",
                  "lead_partner_id": "prt_secretaria_trabajo",
                  "level": "bilateral",
                  "members": [
                    {
                      "kind": "line_ministry",
                      "partner_id": "prt_secretaria_trabajo",
                      "role": "lead"
                    },
                    {
                      "kind": "employer_or_recruiter",
                      "partner_id": "prt_employers_ca",
                      "role": "implementing"
                    },
                    {
                      "kind": "diaspora_organisation",
                      "partner_id": "prt_diaspora_ca",
                      "role": "technical"
                    }
                  ],
                  "owner_organisation_id": "prt_secretaria_trabajo",
                  "planned_commitments": [
                    {
                      "baseline": "0",
                      "description": "Workers recruited without paying any fee",
                      "due_date": "2027-12-31",
                      "holders": [
                        {
                          "partner_id": "prt_employers_ca",
                          "share": null
                        }
                      ],
                      "id": "cmt_fee_free_recruitment",
                      "indicator": "Workers recruited fee-free",
                      "reporting_frequency": "annual",
                      "responsible_partner_id": "prt_employers_ca",
                      "start_date": "2026-01-01",
                      "target": "1200",
                      "unit": "workers"
                    }
                  ],
                  "policy_areas": [
                    "employment"
                  ],
                  "replicated_from": null,
                  "review_cycle": 0,
                  "sdg_targets": [
                    "8.8",
                    "10.7"
                  ],
                  "status": "withdrawn",
                  "summary": "Recruitment without fees, pre-departure orientation and portable social security for workers of the seasonal agricultural programme.",
                  "themes": [
                    "human_rights",
                    "shared_responsibility"
                  ],
                  "title": "Fair recruitment of seasonal agricultural workers, Mexico-Canada",
                  "translations": {},
                  "version": 5
                },
                "reason": null
              },
              "summary": "Key `pts_fair_recruitment_mx_ca`; the value is the payload below."
            }
          ],
          "headers": {
            "allOf": [
              "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
              {
                "properties": {
                  "ce_dataschema": {
                    "const": "urn:alianza:schema:partnership.withdrawn:v1",
                    "x-parser-schema-id": "<anonymous-schema-1365>"
                  },
                  "ce_source": {
                    "const": "/alianza/registry",
                    "x-parser-schema-id": "<anonymous-schema-1366>"
                  },
                  "ce_type": {
                    "const": "partnership.withdrawn",
                    "x-parser-schema-id": "<anonymous-schema-1367>"
                  }
                },
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1364>"
              }
            ],
            "x-parser-schema-id": "<anonymous-schema-1363>"
          },
          "name": "partnership.withdrawn",
          "payload": {
            "$defs": {
              "Classification": {
                "description": "Who may read a partnership's texts: everyone, or only its members and the secretariat.",
                "enum": [
                  "public",
                  "restricted"
                ],
                "title": "Classification",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-1373>"
              },
              "CountryInvolvement": {
                "properties": {
                  "code": {
                    "title": "Code",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1379>"
                  },
                  "role": {
                    "title": "Role",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1380>"
                  }
                },
                "required": [
                  "code",
                  "role"
                ],
                "title": "CountryInvolvement",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1378>"
              },
              "Holder": {
                "description": "An organisation that holds (part of) a commitment, and the part of the target it takes.",
                "properties": {
                  "partner_id": {
                    "title": "Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1404>"
                  },
                  "share": {
                    "anyOf": [
                      {
                        "type": "number",
                        "x-parser-schema-id": "<anonymous-schema-1406>"
                      },
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1407>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1408>"
                      }
                    ],
                    "default": null,
                    "description": "The part of the target this holder takes, in the indicator's unit; when given, every holder has one and they sum to the target.",
                    "title": "Share",
                    "x-parser-schema-id": "<anonymous-schema-1405>"
                  }
                },
                "required": [
                  "partner_id"
                ],
                "title": "Holder",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1403>"
              },
              "Member": {
                "properties": {
                  "kind": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1390>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1391>"
                      }
                    ],
                    "default": null,
                    "title": "Kind",
                    "x-parser-schema-id": "<anonymous-schema-1389>"
                  },
                  "partner_id": {
                    "title": "Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1392>"
                  },
                  "role": {
                    "title": "Role",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1393>"
                  }
                },
                "required": [
                  "partner_id",
                  "role"
                ],
                "title": "Member",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1388>"
              },
              "NarrativeTranslation": {
                "description": "A partnership's title and summary in a language other than its default; a field left out\nhas no translation (readers fall back to the default language's text).",
                "properties": {
                  "summary": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1436>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1437>"
                      }
                    ],
                    "default": null,
                    "title": "Summary",
                    "x-parser-schema-id": "<anonymous-schema-1435>"
                  },
                  "title": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1439>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1440>"
                      }
                    ],
                    "default": null,
                    "title": "Title",
                    "x-parser-schema-id": "<anonymous-schema-1438>"
                  }
                },
                "title": "NarrativeTranslation",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1434>"
              },
              "PartnershipSnapshot": {
                "properties": {
                  "classification": "$ref:$.channels.partnerships.messages.partnership.withdrawn.v1.payload.$defs.Classification",
                  "consultation_platform": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1375>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1376>"
                      }
                    ],
                    "default": null,
                    "title": "Consultation Platform",
                    "x-parser-schema-id": "<anonymous-schema-1374>"
                  },
                  "countries": {
                    "items": "$ref:$.channels.partnerships.messages.partnership.withdrawn.v1.payload.$defs.CountryInvolvement",
                    "title": "Countries",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1377>"
                  },
                  "gcm_objectives": {
                    "default": [],
                    "items": {
                      "type": "integer",
                      "x-parser-schema-id": "<anonymous-schema-1382>"
                    },
                    "title": "Gcm Objectives",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1381>"
                  },
                  "id": {
                    "title": "Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1383>"
                  },
                  "language": {
                    "default": "en",
                    "description": "BCP 47 primary language tag (en, es, fr) of `title` and `summary`, the partnership's default language; `en` in snapshots from before translations.",
                    "title": "Language",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1384>"
                  },
                  "lead_partner_id": {
                    "title": "Lead Partner Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1385>"
                  },
                  "level": {
                    "title": "Level",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1386>"
                  },
                  "members": {
                    "items": "$ref:$.channels.partnerships.messages.partnership.withdrawn.v1.payload.$defs.Member",
                    "title": "Members",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1387>"
                  },
                  "owner_organisation_id": {
                    "title": "Owner Organisation Id",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1394>"
                  },
                  "planned_commitments": {
                    "default": [],
                    "items": {
                      "properties": {
                        "baseline": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-1398>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-1399>"
                            }
                          ],
                          "title": "Baseline",
                          "x-parser-schema-id": "<anonymous-schema-1397>"
                        },
                        "description": {
                          "title": "Description",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1400>"
                        },
                        "due_date": {
                          "format": "date",
                          "title": "Due Date",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1401>"
                        },
                        "holders": {
                          "default": [],
                          "description": "Every holder, the responsible partner first; empty in snapshots from before joint commitments, where the responsible partner is the only holder.",
                          "items": "$ref:$.channels.partnerships.messages.partnership.withdrawn.v1.payload.$defs.Holder",
                          "title": "Holders",
                          "type": "array",
                          "x-parser-schema-id": "<anonymous-schema-1402>"
                        },
                        "id": {
                          "title": "Id",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1409>"
                        },
                        "indicator": {
                          "title": "Indicator",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1410>"
                        },
                        "reporting_frequency": {
                          "default": "once",
                          "description": "once | quarterly | semi_annual | annual: how often progress is reported.",
                          "title": "Reporting Frequency",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1411>"
                        },
                        "responsible_partner_id": {
                          "description": "The first holder: the one answerable for the commitment as a whole (the only holder before joint commitments existed).",
                          "title": "Responsible Partner Id",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1412>"
                        },
                        "start_date": {
                          "anyOf": [
                            {
                              "format": "date",
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-1414>"
                            },
                            {
                              "type": "null",
                              "x-parser-schema-id": "<anonymous-schema-1415>"
                            }
                          ],
                          "default": null,
                          "title": "Start Date",
                          "x-parser-schema-id": "<anonymous-schema-1413>"
                        },
                        "target": {
                          "anyOf": [
                            {
                              "type": "number",
                              "x-parser-schema-id": "<anonymous-schema-1417>"
                            },
                            {
                              "type": "string",
                              "x-parser-schema-id": "<anonymous-schema-1418>"
                            }
                          ],
                          "title": "Target",
                          "x-parser-schema-id": "<anonymous-schema-1416>"
                        },
                        "unit": {
                          "title": "Unit",
                          "type": "string",
                          "x-parser-schema-id": "<anonymous-schema-1419>"
                        }
                      },
                      "required": [
                        "id",
                        "description",
                        "responsible_partner_id",
                        "indicator",
                        "unit",
                        "baseline",
                        "target",
                        "due_date"
                      ],
                      "title": "PlannedCommitment",
                      "type": "object",
                      "x-parser-schema-id": "<anonymous-schema-1396>"
                    },
                    "title": "Planned Commitments",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1395>"
                  },
                  "policy_areas": {
                    "default": [],
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-1421>"
                    },
                    "title": "Policy Areas",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1420>"
                  },
                  "replicated_from": {
                    "anyOf": [
                      {
                        "type": "string",
                        "x-parser-schema-id": "<anonymous-schema-1423>"
                      },
                      {
                        "type": "null",
                        "x-parser-schema-id": "<anonymous-schema-1424>"
                      }
                    ],
                    "default": null,
                    "title": "Replicated From",
                    "x-parser-schema-id": "<anonymous-schema-1422>"
                  },
                  "review_cycle": {
                    "default": 0,
                    "title": "Review Cycle",
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-1425>"
                  },
                  "sdg_targets": {
                    "default": [],
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-1427>"
                    },
                    "title": "Sdg Targets",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1426>"
                  },
                  "status": {
                    "title": "Status",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1428>"
                  },
                  "summary": {
                    "title": "Summary",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1429>"
                  },
                  "themes": {
                    "items": {
                      "type": "string",
                      "x-parser-schema-id": "<anonymous-schema-1431>"
                    },
                    "title": "Themes",
                    "type": "array",
                    "x-parser-schema-id": "<anonymous-schema-1430>"
                  },
                  "title": {
                    "title": "Title",
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1432>"
                  },
                  "translations": {
                    "additionalProperties": "$ref:$.channels.partnerships.messages.partnership.withdrawn.v1.payload.$defs.NarrativeTranslation",
                    "default": {},
                    "description": "The title and summary in other languages, keyed by language tag; never the default language.",
                    "title": "Translations",
                    "type": "object",
                    "x-parser-schema-id": "<anonymous-schema-1433>"
                  },
                  "version": {
                    "title": "Version",
                    "type": "integer",
                    "x-parser-schema-id": "<anonymous-schema-1441>"
                  }
                },
                "required": [
                  "id",
                  "version",
                  "status",
                  "title",
                  "summary",
                  "owner_organisation_id",
                  "lead_partner_id",
                  "members",
                  "level",
                  "countries",
                  "themes"
                ],
                "title": "PartnershipSnapshot",
                "type": "object",
                "x-parser-schema-id": "<anonymous-schema-1372>"
              },
              "PlannedCommitment": "$ref:$.channels.partnerships.messages.partnership.withdrawn.v1.payload.$defs.PartnershipSnapshot.properties.planned_commitments.items"
            },
            "$id": "urn:alianza:schema:partnership.withdrawn:v1",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "description": "proposed, updated, withdrawn, adopted, rejected, returned_for_revision,\nimplementation_started.",
            "properties": {
              "actor_client_id": {
                "title": "Actor Client Id",
                "type": "string",
                "x-parser-schema-id": "<anonymous-schema-1368>"
              },
              "actor_organisation_id": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1370>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-1371>"
                  }
                ],
                "default": null,
                "title": "Actor Organisation Id",
                "x-parser-schema-id": "<anonymous-schema-1369>"
              },
              "partnership": "$ref:$.channels.partnerships.messages.partnership.withdrawn.v1.payload.$defs.PartnershipSnapshot",
              "reason": {
                "anyOf": [
                  {
                    "type": "string",
                    "x-parser-schema-id": "<anonymous-schema-1443>"
                  },
                  {
                    "type": "null",
                    "x-parser-schema-id": "<anonymous-schema-1444>"
                  }
                ],
                "default": null,
                "description": "Why the decision was taken, as its maker gave it (always set for rejected and returned_for_revision of a public partnership; never for a restricted one).",
                "title": "Reason",
                "x-parser-schema-id": "<anonymous-schema-1442>"
              }
            },
            "required": [
              "partnership",
              "actor_client_id"
            ],
            "title": "PartnershipChanged",
            "type": "object"
          },
          "summary": "`partnership.withdrawn` on the partnerships stream, published by registry.",
          "title": "partnership.withdrawn (v1)",
          "x-parser-unique-object-id": "partnership.withdrawn.v1"
        }
      },
      "title": "alianza.partnerships",
      "x-parser-unique-object-id": "partnerships"
    },
    "partnerships_dlq": {
      "address": "alianza.partnerships.dlq",
      "bindings": {
        "kafka": {
          "bindingVersion": "0.5.0",
          "topic": "alianza.partnerships.dlq"
        }
      },
      "description": "Dead letters of alianza.partnerships: records its consumers could not apply.",
      "messages": {
        "partnerships.dead_lettered": {
          "bindings": {
            "kafka": {
              "bindingVersion": "0.5.0",
              "key": {
                "description": "The original record's key, unchanged.",
                "type": "string"
              }
            }
          },
          "description": "The value is the original bytes, which may be anything (a malformed record lands here too); the CloudEvents headers are present when the original had them.",
          "examples": [
            {
              "headers": {
                "ce_correlationid": "bda40896-62b0-569b-a566-eaee97839b63",
                "ce_dataschema": "urn:alianza:schema:partner.registered:v1",
                "ce_id": "13b6e449-1e4b-5f42-9753-d74f1499fec5",
                "ce_source": "/alianza/registry",
                "ce_specversion": "1.0",
                "ce_subject": "prt_diaspora_ca",
                "ce_time": "2027-03-15T14:30:00+00:00",
                "ce_type": "partner.registered",
                "content-type": "application/json",
                "dlq_consumer_group": "commitments",
                "dlq_error": "TimeoutError: the database did not answer within 5 s (5 attempts)",
                "dlq_failed_at": "2027-03-15T14:30:00+00:00",
                "dlq_original_offset": "1841",
                "dlq_original_partition": "3",
                "dlq_original_topic": "alianza.partnerships",
                "dlq_reason": "handler_failed"
              },
              "name": "partnerships_dead_lettered",
              "payload": {
                "country": "CA",
                "iati_org_ref": null,
                "kind": "diaspora_organisation",
                "name": "Mexican Diaspora in Canada",
                "partner_id": "prt_diaspora_ca"
              },
              "summary": "Key `prt_diaspora_ca`; the value is the payload below."
            }
          ],
          "headers": "$ref:$.channels.commitments_dlq.messages.commitments.dead_lettered.headers",
          "name": "partnerships.dead_lettered",
          "payload": {
            "description": "The original record value, unchanged.",
            "x-parser-schema-id": "<anonymous-schema-1445>"
          },
          "summary": "The original record (key, value and headers unchanged) plus `dlq_*` headers.",
          "title": "A record of the partnerships stream that a consumer gave up on",
          "x-parser-unique-object-id": "partnerships.dead_lettered"
        }
      },
      "title": "alianza.partnerships.dlq",
      "x-parser-unique-object-id": "partnerships_dlq"
    }
  },
  "components": {
    "correlationIds": {
      "correlationid": "$ref:$.channels.commitments.messages.commitment.achieved.v1.correlationId"
    },
    "messageBindings": {
      "subjectKey": "$ref:$.channels.commitments.messages.commitment.achieved.v1.bindings"
    },
    "messages": {
      "client.disabled.v1": "$ref:$.channels.identity.messages.client.disabled.v1",
      "client.enabled.v1": "$ref:$.channels.identity.messages.client.enabled.v1",
      "commitment.achieved.v1": "$ref:$.channels.commitments.messages.commitment.achieved.v1",
      "commitment.overdue.v1": "$ref:$.channels.commitments.messages.commitment.overdue.v1",
      "commitment.progress_reported.v1": "$ref:$.channels.commitments.messages.commitment.progress_reported.v1",
      "commitment.registered.v1": "$ref:$.channels.commitments.messages.commitment.registered.v1",
      "commitment.report_due.v1": "$ref:$.channels.commitments.messages.commitment.report_due.v1",
      "commitment.status_changed.v1": "$ref:$.channels.commitments.messages.commitment.status_changed.v1",
      "commitments.dead_lettered": "$ref:$.channels.commitments_dlq.messages.commitments.dead_lettered",
      "identity.dead_lettered": "$ref:$.channels.identity_dlq.messages.identity.dead_lettered",
      "notification.delivery_failed.v1": "$ref:$.channels.notifications.messages.notification.delivery_failed.v1",
      "notifications.dead_lettered": "$ref:$.channels.notifications_dlq.messages.notifications.dead_lettered",
      "ops.consumer_lag_exceeded.v1": "$ref:$.channels.ops.messages.ops.consumer_lag_exceeded.v1",
      "ops.consumer_lag_recovered.v1": "$ref:$.channels.ops.messages.ops.consumer_lag_recovered.v1",
      "ops.dead_lettered": "$ref:$.channels.ops_dlq.messages.ops.dead_lettered",
      "partner.registered.v1": "$ref:$.channels.partnerships.messages.partner.registered.v1",
      "partnership.adopted.v1": "$ref:$.channels.partnerships.messages.partnership.adopted.v1",
      "partnership.amended.v1": "$ref:$.channels.partnerships.messages.partnership.amended.v1",
      "partnership.amendment_proposed.v1": "$ref:$.channels.partnerships.messages.partnership.amendment_proposed.v1",
      "partnership.amendment_rejected.v1": "$ref:$.channels.partnerships.messages.partnership.amendment_rejected.v1",
      "partnership.implementation_started.v1": "$ref:$.channels.partnerships.messages.partnership.implementation_started.v1",
      "partnership.invitation_answered.v1": "$ref:$.channels.partnerships.messages.partnership.invitation_answered.v1",
      "partnership.invitation_sent.v1": "$ref:$.channels.partnerships.messages.partnership.invitation_sent.v1",
      "partnership.proposed.v1": "$ref:$.channels.partnerships.messages.partnership.proposed.v1",
      "partnership.rejected.v1": "$ref:$.channels.partnerships.messages.partnership.rejected.v1",
      "partnership.replicated.v1": "$ref:$.channels.partnerships.messages.partnership.replicated.v1",
      "partnership.returned_for_revision.v1": "$ref:$.channels.partnerships.messages.partnership.returned_for_revision.v1",
      "partnership.review_concluded.v1": "$ref:$.channels.partnerships.messages.partnership.review_concluded.v1",
      "partnership.review_opened.v1": "$ref:$.channels.partnerships.messages.partnership.review_opened.v1",
      "partnership.updated.v1": "$ref:$.channels.partnerships.messages.partnership.updated.v1",
      "partnership.withdrawn.v1": "$ref:$.channels.partnerships.messages.partnership.withdrawn.v1",
      "partnerships.dead_lettered": "$ref:$.channels.partnerships_dlq.messages.partnerships.dead_lettered",
      "review.dossier_compiled.v1": "$ref:$.channels.commitments.messages.review.dossier_compiled.v1",
      "signing_key.rotated.v1": "$ref:$.channels.identity.messages.signing_key.rotated.v1"
    },
    "schemas": {
      "CloudEventHeaders": "$ref:$.channels.commitments.messages.commitment.achieved.v1.headers.allOf[0]",
      "DeadLetterHeaders": "$ref:$.channels.commitments_dlq.messages.commitments.dead_lettered.headers"
    }
  },
  "defaultContentType": "application/json",
  "id": "urn:alianza:events",
  "info": {
    "description": "Every Kafka topic of Alianza and the CloudEvents it carries (binary content mode: `ce_*` headers, JSON value, key = subject = partnership id). Generated by `make contracts` from shared/catalogue and the services' consumers; do not edit by hand.",
    "title": "Alianza events",
    "version": "1.0.0"
  },
  "operations": {
    "commitments.consume.identity": {
      "action": "receive",
      "bindings": {
        "kafka": {
          "bindingVersion": "0.5.0",
          "groupId": {
            "const": "commitments",
            "type": "string"
          }
        }
      },
      "channel": "$ref:$.channels.identity",
      "messages": [
        "$ref:$.channels.identity.messages.client.disabled.v1",
        "$ref:$.channels.identity.messages.client.enabled.v1"
      ],
      "summary": "The commitments consumer applies these types; it skips the others.",
      "title": "commitments consumes alianza.identity",
      "x-parser-unique-object-id": "commitments.consume.identity"
    },
    "commitments.consume.partnerships": {
      "action": "receive",
      "bindings": {
        "kafka": {
          "bindingVersion": "0.5.0",
          "groupId": {
            "const": "commitments",
            "type": "string"
          }
        }
      },
      "channel": "$ref:$.channels.partnerships",
      "messages": [
        "$ref:$.channels.partnerships.messages.partner.registered.v1",
        "$ref:$.channels.partnerships.messages.partnership.adopted.v1",
        "$ref:$.channels.partnerships.messages.partnership.amended.v1",
        "$ref:$.channels.partnerships.messages.partnership.amendment_proposed.v1",
        "$ref:$.channels.partnerships.messages.partnership.amendment_rejected.v1",
        "$ref:$.channels.partnerships.messages.partnership.implementation_started.v1",
        "$ref:$.channels.partnerships.messages.partnership.proposed.v1",
        "$ref:$.channels.partnerships.messages.partnership.rejected.v1",
        "$ref:$.channels.partnerships.messages.partnership.replicated.v1",
        "$ref:$.channels.partnerships.messages.partnership.returned_for_revision.v1",
        "$ref:$.channels.partnerships.messages.partnership.review_concluded.v1",
        "$ref:$.channels.partnerships.messages.partnership.review_opened.v1",
        "$ref:$.channels.partnerships.messages.partnership.updated.v1",
        "$ref:$.channels.partnerships.messages.partnership.withdrawn.v1"
      ],
      "summary": "The commitments consumer applies these types; it skips the others.",
      "title": "commitments consumes alianza.partnerships",
      "x-parser-unique-object-id": "commitments.consume.partnerships"
    },
    "commitments.dead_letter.identity": {
      "action": "send",
      "channel": "$ref:$.channels.identity_dlq",
      "messages": [
        "$ref:$.channels.identity_dlq.messages.identity.dead_lettered"
      ],
      "summary": "A record that cannot be parsed, validated or applied (after bounded retries) is copied here and the consumer moves on.",
      "title": "commitments dead-letters to alianza.identity.dlq",
      "x-parser-unique-object-id": "commitments.dead_letter.identity"
    },
    "commitments.dead_letter.partnerships": {
      "action": "send",
      "channel": "$ref:$.channels.partnerships_dlq",
      "messages": [
        "$ref:$.channels.partnerships_dlq.messages.partnerships.dead_lettered"
      ],
      "summary": "A record that cannot be parsed, validated or applied (after bounded retries) is copied here and the consumer moves on.",
      "title": "commitments dead-letters to alianza.partnerships.dlq",
      "x-parser-unique-object-id": "commitments.dead_letter.partnerships"
    },
    "commitments.publish.commitments": {
      "action": "send",
      "channel": "$ref:$.channels.commitments",
      "messages": [
        "$ref:$.channels.commitments.messages.commitment.achieved.v1",
        "$ref:$.channels.commitments.messages.commitment.overdue.v1",
        "$ref:$.channels.commitments.messages.commitment.progress_reported.v1",
        "$ref:$.channels.commitments.messages.commitment.registered.v1",
        "$ref:$.channels.commitments.messages.commitment.report_due.v1",
        "$ref:$.channels.commitments.messages.commitment.status_changed.v1",
        "$ref:$.channels.commitments.messages.review.dossier_compiled.v1"
      ],
      "summary": "The commitments outbox relay publishes every commitments event.",
      "title": "commitments publishes alianza.commitments",
      "x-parser-unique-object-id": "commitments.publish.commitments"
    },
    "notifications.consume.commitments": {
      "action": "receive",
      "bindings": {
        "kafka": {
          "bindingVersion": "0.5.0",
          "groupId": {
            "const": "notifications",
            "type": "string"
          }
        }
      },
      "channel": "$ref:$.channels.commitments",
      "messages": [
        "$ref:$.channels.commitments.messages.commitment.achieved.v1",
        "$ref:$.channels.commitments.messages.commitment.overdue.v1",
        "$ref:$.channels.commitments.messages.commitment.progress_reported.v1",
        "$ref:$.channels.commitments.messages.commitment.registered.v1",
        "$ref:$.channels.commitments.messages.commitment.report_due.v1",
        "$ref:$.channels.commitments.messages.commitment.status_changed.v1",
        "$ref:$.channels.commitments.messages.review.dossier_compiled.v1"
      ],
      "summary": "The notifications consumer applies these types; it skips the others.",
      "title": "notifications consumes alianza.commitments",
      "x-parser-unique-object-id": "notifications.consume.commitments"
    },
    "notifications.consume.identity": {
      "action": "receive",
      "bindings": {
        "kafka": {
          "bindingVersion": "0.5.0",
          "groupId": {
            "const": "notifications",
            "type": "string"
          }
        }
      },
      "channel": "$ref:$.channels.identity",
      "messages": [
        "$ref:$.channels.identity.messages.client.disabled.v1",
        "$ref:$.channels.identity.messages.client.enabled.v1"
      ],
      "summary": "The notifications consumer applies these types; it skips the others.",
      "title": "notifications consumes alianza.identity",
      "x-parser-unique-object-id": "notifications.consume.identity"
    },
    "notifications.consume.partnerships": {
      "action": "receive",
      "bindings": {
        "kafka": {
          "bindingVersion": "0.5.0",
          "groupId": {
            "const": "notifications",
            "type": "string"
          }
        }
      },
      "channel": "$ref:$.channels.partnerships",
      "messages": [
        "$ref:$.channels.partnerships.messages.partnership.adopted.v1",
        "$ref:$.channels.partnerships.messages.partnership.amended.v1",
        "$ref:$.channels.partnerships.messages.partnership.amendment_proposed.v1",
        "$ref:$.channels.partnerships.messages.partnership.amendment_rejected.v1",
        "$ref:$.channels.partnerships.messages.partnership.implementation_started.v1",
        "$ref:$.channels.partnerships.messages.partnership.invitation_answered.v1",
        "$ref:$.channels.partnerships.messages.partnership.invitation_sent.v1",
        "$ref:$.channels.partnerships.messages.partnership.proposed.v1",
        "$ref:$.channels.partnerships.messages.partnership.rejected.v1",
        "$ref:$.channels.partnerships.messages.partnership.replicated.v1",
        "$ref:$.channels.partnerships.messages.partnership.returned_for_revision.v1",
        "$ref:$.channels.partnerships.messages.partnership.review_concluded.v1",
        "$ref:$.channels.partnerships.messages.partnership.review_opened.v1",
        "$ref:$.channels.partnerships.messages.partnership.updated.v1",
        "$ref:$.channels.partnerships.messages.partnership.withdrawn.v1"
      ],
      "summary": "The notifications consumer applies these types; it skips the others.",
      "title": "notifications consumes alianza.partnerships",
      "x-parser-unique-object-id": "notifications.consume.partnerships"
    },
    "notifications.dead_letter.commitments": {
      "action": "send",
      "channel": "$ref:$.channels.commitments_dlq",
      "messages": [
        "$ref:$.channels.commitments_dlq.messages.commitments.dead_lettered"
      ],
      "summary": "A record that cannot be parsed, validated or applied (after bounded retries) is copied here and the consumer moves on.",
      "title": "notifications dead-letters to alianza.commitments.dlq",
      "x-parser-unique-object-id": "notifications.dead_letter.commitments"
    },
    "notifications.dead_letter.identity": {
      "action": "send",
      "channel": "$ref:$.channels.identity_dlq",
      "messages": [
        "$ref:$.channels.identity_dlq.messages.identity.dead_lettered"
      ],
      "summary": "A record that cannot be parsed, validated or applied (after bounded retries) is copied here and the consumer moves on.",
      "title": "notifications dead-letters to alianza.identity.dlq",
      "x-parser-unique-object-id": "notifications.dead_letter.identity"
    },
    "notifications.dead_letter.partnerships": {
      "action": "send",
      "channel": "$ref:$.channels.partnerships_dlq",
      "messages": [
        "$ref:$.channels.partnerships_dlq.messages.partnerships.dead_lettered"
      ],
      "summary": "A record that cannot be parsed, validated or applied (after bounded retries) is copied here and the consumer moves on.",
      "title": "notifications dead-letters to alianza.partnerships.dlq",
      "x-parser-unique-object-id": "notifications.dead_letter.partnerships"
    },
    "notifications.publish.notifications": {
      "action": "send",
      "channel": "$ref:$.channels.notifications",
      "messages": [
        "$ref:$.channels.notifications.messages.notification.delivery_failed.v1"
      ],
      "summary": "The notifications outbox relay publishes every notifications event.",
      "title": "notifications publishes alianza.notifications",
      "x-parser-unique-object-id": "notifications.publish.notifications"
    },
    "ops.publish.ops": {
      "action": "send",
      "channel": "$ref:$.channels.ops",
      "messages": [
        "$ref:$.channels.ops.messages.ops.consumer_lag_exceeded.v1",
        "$ref:$.channels.ops.messages.ops.consumer_lag_recovered.v1"
      ],
      "summary": "The ops outbox relay publishes every ops event.",
      "title": "ops publishes alianza.ops",
      "x-parser-unique-object-id": "ops.publish.ops"
    },
    "registry.consume.commitments": {
      "action": "receive",
      "bindings": {
        "kafka": {
          "bindingVersion": "0.5.0",
          "groupId": {
            "const": "registry",
            "type": "string"
          }
        }
      },
      "channel": "$ref:$.channels.commitments",
      "messages": [
        "$ref:$.channels.commitments.messages.review.dossier_compiled.v1"
      ],
      "summary": "The registry consumer applies these types; it skips the others.",
      "title": "registry consumes alianza.commitments",
      "x-parser-unique-object-id": "registry.consume.commitments"
    },
    "registry.dead_letter.commitments": {
      "action": "send",
      "channel": "$ref:$.channels.commitments_dlq",
      "messages": [
        "$ref:$.channels.commitments_dlq.messages.commitments.dead_lettered"
      ],
      "summary": "A record that cannot be parsed, validated or applied (after bounded retries) is copied here and the consumer moves on.",
      "title": "registry dead-letters to alianza.commitments.dlq",
      "x-parser-unique-object-id": "registry.dead_letter.commitments"
    },
    "registry.publish.identity": {
      "action": "send",
      "channel": "$ref:$.channels.identity",
      "messages": [
        "$ref:$.channels.identity.messages.client.disabled.v1",
        "$ref:$.channels.identity.messages.client.enabled.v1",
        "$ref:$.channels.identity.messages.signing_key.rotated.v1"
      ],
      "summary": "The registry outbox relay publishes every identity event.",
      "title": "registry publishes alianza.identity",
      "x-parser-unique-object-id": "registry.publish.identity"
    },
    "registry.publish.partnerships": {
      "action": "send",
      "channel": "$ref:$.channels.partnerships",
      "messages": [
        "$ref:$.channels.partnerships.messages.partner.registered.v1",
        "$ref:$.channels.partnerships.messages.partnership.adopted.v1",
        "$ref:$.channels.partnerships.messages.partnership.amended.v1",
        "$ref:$.channels.partnerships.messages.partnership.amendment_proposed.v1",
        "$ref:$.channels.partnerships.messages.partnership.amendment_rejected.v1",
        "$ref:$.channels.partnerships.messages.partnership.implementation_started.v1",
        "$ref:$.channels.partnerships.messages.partnership.invitation_answered.v1",
        "$ref:$.channels.partnerships.messages.partnership.invitation_sent.v1",
        "$ref:$.channels.partnerships.messages.partnership.proposed.v1",
        "$ref:$.channels.partnerships.messages.partnership.rejected.v1",
        "$ref:$.channels.partnerships.messages.partnership.replicated.v1",
        "$ref:$.channels.partnerships.messages.partnership.returned_for_revision.v1",
        "$ref:$.channels.partnerships.messages.partnership.review_concluded.v1",
        "$ref:$.channels.partnerships.messages.partnership.review_opened.v1",
        "$ref:$.channels.partnerships.messages.partnership.updated.v1",
        "$ref:$.channels.partnerships.messages.partnership.withdrawn.v1"
      ],
      "summary": "The registry outbox relay publishes every partnerships event.",
      "title": "registry publishes alianza.partnerships",
      "x-parser-unique-object-id": "registry.publish.partnerships"
    }
  },
  "servers": {
    "local": {
      "description": "The broker `make run` starts.",
      "host": "127.0.0.1:9092",
      "protocol": "kafka"
    }
  },
  "x-parser-spec-parsed": true,
  "x-parser-api-version": 3,
  "x-parser-spec-stringified": true
};
    const config = {"show":{"sidebar":true},"sidebar":{"showOperations":"byDefault"}};
    const appRoot = document.getElementById('root');
    AsyncApiStandalone.render(
        { schema, config, }, appRoot
    );
  