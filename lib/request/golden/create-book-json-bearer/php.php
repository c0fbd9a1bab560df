<?php

$curl = curl_init();

curl_setopt_array($curl, [
  CURLOPT_URL => "https://api.bookshelf.example/v1/books",
  CURLOPT_RETURNTRANSFER => true,
  CURLOPT_ENCODING => "",
  CURLOPT_MAXREDIRS => 10,
  CURLOPT_TIMEOUT => 30,
  CURLOPT_HTTP_VERSION => CURL_HTTP_VERSION_1_1,
  CURLOPT_CUSTOMREQUEST => "POST",
  CURLOPT_POSTFIELDS => json_encode([
    'title' => 'The Adventure of the Dancing Men',
    'authorId' => 'au_004',
    'genre' => 'mystery',
    'tags' => [
        'detective',
        'short-story'
    ],
    'publishedYear' => 1903,
    'price' => [
        'amount' => 12.5,
        'currency' => 'GBP'
    ],
    'format' => [
        'type' => 'print',
        'binding' => 'hardcover',
        'pages' => 48
    ],
    'publisher' => [
        'name' => 'Harbor Lane Press',
        'address' => [
                'street' => '221 Baker Street',
                'city' => 'London',
                'postalCode' => 'NW1 6XE',
                'country' => 'GB'
        ]
    ]
  ]),
  CURLOPT_HTTPHEADER => [
    "Accept: application/json",
    "Authorization: Bearer YOUR_TOKEN",
    "Content-Type: application/json"
  ],
]);

$response = curl_exec($curl);
$err = curl_error($curl);

curl_close($curl);

if ($err) {
  echo "cURL Error #:" . $err;
} else {
  echo $response;
}
